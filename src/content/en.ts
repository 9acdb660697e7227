import type { CompleteContent, PathwayStrings } from './types.js';

/**
 * The built-in English guide, written from the project's fact sheet (reviewed November 2026).
 * Figures that change every year (exam pass marks, fees, dates, lists of states) are not stated:
 * the text points to the official page instead.
 */
export const en: CompleteContent = {
  id: 'img-pathway-us',
  version: '2026-11',
  lang: 'en',
  heading: 'Four steps to practice medicine in the U.S.',
  intro:
    'Doctors who went to medical school abroad, called international medical graduates (IMGs), take these four steps to practice medicine in the U.S.',
  lastReviewed: '2026-11',
  note: 'Rules change often. This is general information, not legal or immigration advice. Check each step with the official organizations linked in it.',
  steps: [
    {
      id: 'ecfmg-certification',
      title: 'Get ECFMG certification',
      summary: 'Pass the USMLE exams and show your clinical and communication skills.',
      body: [
        'The Educational Commission for Foreign Medical Graduates (ECFMG), part of Intealth, certifies that you are ready for residency. Where your medical school is makes you an IMG, not your citizenship.',
        {
          intro: 'To get certified:',
          items: [
            'Your school must be in the World Directory of Medical Schools with an ECFMG note (see its “Sponsor Notes” tab).',
            'Pass the United States Medical Licensing Examination (USMLE) Step 1 and Step 2 CK (Clinical Knowledge).',
            'Show your clinical and communication skills through an ECFMG pathway, which includes an OET Medicine English test.',
          ],
        },
        'You need certification to take USMLE Step 3 and to get a full state license. A certificate earned through a pathway becomes permanent only after 12 months of training accredited by the Accreditation Council for Graduate Medical Education (ACGME).',
      ],
      links: [
        { text: 'ECFMG: Certification', href: 'https://www.ecfmg.org/certification/certification.html' },
        { text: 'World Directory of Medical Schools', href: 'https://www.wdoms.org' },
        {
          text: 'ECFMG: When a pathway certificate becomes permanent',
          href: 'https://ecfmg.org/certification-pathways/permanent-validation.html',
        },
      ],
    },
    {
      id: 'residency',
      title: 'Complete residency in the U.S. or Canada',
      summary: 'Apply and match to an accredited program. Residency takes 3 to 7 years.',
      body: [
        'Every IMG must complete accredited residency in the U.S. or Canada, even after training abroad. Some states now offer another way (see step 3).',
        'It takes 3 to 7 years: 3 for family medicine, internal medicine or pediatrics, 5 for general surgery, 7 for neurosurgery.',
        {
          intro: 'How to apply:',
          items: [
            'Most specialties use the Electronic Residency Application Service (ERAS) of the Association of American Medical Colleges (AAMC). You get your ERAS token from ECFMG.',
            'Obstetrics and gynecology and emergency medicine use ResidencyCAS instead.',
            'Most positions are filled through the Main Residency Match of the National Resident Matching Program (NRMP), in March. To be ranked, you must meet ECFMG’s exam and skills requirements by the rank order list deadline.',
          ],
        },
      ],
      links: [
        { text: 'ECFMG: ERAS for IMGs', href: 'https://ecfmg.org/eras/' },
        { text: 'National Resident Matching Program (NRMP)', href: 'https://www.nrmp.org/' },
        {
          text: 'AAMC: Applying to residencies with ERAS',
          href: 'https://students-residents.aamc.org/applying-residencies-eras',
        },
      ],
    },
    {
      id: 'state-licensure',
      title: 'Get a state medical license',
      summary: 'Apply to the medical board of each state where you will practice.',
      body: [
        'Each state’s medical board gives its own license, and you need one in every state where you practice. Every state asks IMGs for at least one year of accredited residency in the U.S. or Canada; many ask for two or three.',
        'Most doctors take USMLE Step 3 during residency, after Step 1, Step 2 CK and ECFMG certification.',
        'New pathways: since 2023, more and more states offer a provisional license to experienced doctors trained abroad, without U.S. residency. Most ask for ECFMG certification and a job offer. The list changes often: see the American Medical Association (AMA) page.',
      ],
      links: [
        { text: 'Federation of State Medical Boards (FSMB)', href: 'https://www.fsmb.org/' },
        {
          text: 'AMA: State licensure requirements for IMGs',
          href: 'https://www.ama-assn.org/education/international-medical-education/state-licensure-board-requirements-international-medical',
        },
        {
          text: 'AMA: New licensing pathways for doctors trained abroad',
          href: 'https://www.ama-assn.org/education/international-medical-education/new-licensing-pathways-foreign-trained-doctors-what-know',
        },
      ],
    },
    {
      id: 'immigration',
      title: 'Get the right visa',
      summary: 'If you are not a U.S. citizen or permanent resident, you need a visa to train and work.',
      body: [
        'The U.S. Department of State issues visas. U.S. Citizenship and Immigration Services (USCIS) decides petitions and waivers.',
        {
          intro: 'Two visas are common for residents:',
          items: [
            'J-1: ECFMG is the only sponsor of J-1 doctors in clinical training. You need a Statement of Need from your home country’s ministry of health. Sponsorship is usually limited to 7 years.',
            'H-1B: you must pass USMLE Step 3 first.',
          ],
        },
        'After J-1 training, you must go home for two years unless you get a waiver, for example through the Conrad 30 program: 3 years of full-time work on an H-1B visa in an area that needs more doctors.',
        'Fees and travel rules change often: check the official pages before you apply.',
      ],
      links: [
        { text: 'ECFMG: J-1 visa sponsorship', href: 'https://www.ecfmg.org/evsp/index.html' },
        {
          text: 'U.S. Department of State: J-1 physician program',
          href: 'https://j1visa.state.gov/programs/physician/',
        },
        {
          text: 'U.S. Department of State: Waiver of the two-year home rule',
          href: 'https://travel.state.gov/content/travel/en/us-visas/study/exchange/waiver-of-the-exchange-visitor.html',
        },
        { text: 'U.S. Citizenship and Immigration Services (USCIS)', href: 'https://www.uscis.gov/' },
      ],
    },
  ],
};

/** English interface text. */
export const enStrings: PathwayStrings = {
  showAll: 'Show all steps',
  hideAll: 'Hide all steps',
  step: '{number} of {total}',
  lastReviewed: 'Last reviewed:',
  officialLinks: 'Official links',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthYear: '{month} {year}',
  copyLink: 'Copy link to this step',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy. The link to this step is now in the address bar.',
  markDone: 'Mark this step as done',
  progress: '{done} of {total} steps done',
  reset: 'Reset progress',
};
