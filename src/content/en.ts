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
  heading: 'Working as a doctor in the U.S. with a medical degree from abroad',
  intro:
    'This guide is for international medical graduates (IMGs): doctors who studied medicine in another country and want to practice in the U.S.',
  lastReviewed: '2026-11',
  note: 'Rules change often. This guide gives general information. It is not legal or immigration advice. Check each step with the official organizations linked in it.',
  steps: [
    {
      id: 'ecfmg-certification',
      title: 'Get certified by the Educational Commission for Foreign Medical Graduates (ECFMG)',
      summary:
        'Pass two parts of the USMLE, the U.S. exam for a medical license. Show your skills with patients and your English.',
      body: [
        'ECFMG is part of Intealth. Its certificate shows that you are ready to start residency. Where your medical school is makes you an IMG, not your citizenship.',
        {
          intro: 'To get certified:',
          items: [
            'Your medical school must be in the World Directory of Medical Schools. Its entry needs an ECFMG note: look for it on the “Sponsor Notes” tab.',
            'Pass two parts of the United States Medical Licensing Examination (USMLE): Step 1 and Step 2 CK (Clinical Knowledge).',
            'Show your skills with patients and your English through an ECFMG pathway. A pathway is one of the ways ECFMG checks these skills. Each one asks for a result on OET Medicine, an English test.',
          ],
        },
        'You also need the certificate to take USMLE Step 3 and to get a full state license.',
        'A certificate you get through a pathway is not permanent at first. It becomes permanent after 12 months of training in an accredited program. The Accreditation Council for Graduate Medical Education accredits these programs.',
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
      summary: 'Apply to accredited programs. Residency lasts 3 to 7 years, depending on the specialty.',
      body: [
        'Every IMG needs residency in an accredited program in the U.S. or Canada. Training you did in another country does not take its place. A growing number of states now offer another way (see “Get a state license to practice medicine”).',
        'How long residency lasts depends on the specialty. Family medicine, internal medicine and pediatrics take 3 years. General surgery takes 5, and neurosurgery 7.',
        {
          intro: 'How to apply:',
          items: [
            'Most specialties use the Electronic Residency Application Service (ERAS). The Association of American Medical Colleges (AAMC) runs it. ECFMG gives you an ERAS token. It is the code you need to use ERAS.',
            'Obstetrics and gynecology, and emergency medicine, use another service: ResidencyCAS. Liaison runs it. ECFMG gives you your own link to it. Which specialties use which service can change: check yours.',
            'Most positions are filled through the Main Residency Match of the National Resident Matching Program (NRMP). The Match pairs applicants with programs. Match Day is in March.',
            'Positions that the Match does not fill are offered during Match Week, through a process called SOAP.',
            'To be ranked in the Match, you must meet ECFMG’s exam and skills requirements by the deadline for rank order lists. On these lists, applicants and programs put their choices in order.',
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
        {
          text: 'Liaison: ResidencyCAS help for applicants',
          href: 'https://help.liaisonedu.com/ResidencyCAS_Applicant_Help_Center',
        },
      ],
    },
    {
      id: 'state-licensure',
      title: 'Get a state license to practice medicine',
      summary: 'Apply to the medical board of each state where you will practice.',
      body: [
        'Each state’s medical board gives its own license. You need one in every state where you practice.',
        'For a full license, every state asks IMGs for at least one year of accredited residency in the U.S. or Canada. Many ask for two or three years.',
        'Most doctors take USMLE Step 3 during residency. To take it, you need to have passed Step 1 and Step 2 CK, and to have ECFMG certification.',
        'The Federation of State Medical Boards (FSMB) represents the state boards. It is also one of the sponsors of the USMLE.',
        'New licensing pathways: since 2023, a growing number of states offer a provisional license to experienced doctors trained in another country. They need not have done residency in the U.S. first. Most of these states ask for ECFMG certification and a job offer. The list of these states changes often: see the pages of the American Medical Association (AMA).',
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
        'The U.S. Department of State issues visas. U.S. Citizenship and Immigration Services (USCIS) decides petitions (formal requests) and waivers (exceptions to a rule). USCIS is part of the Department of Homeland Security.',
        {
          intro: 'Two visas are common for doctors in residency:',
          items: [
            'J-1: ECFMG is the only sponsor of J-1 doctors in clinical training. You need a Statement of Need from your home country’s ministry of health. Sponsorship is usually limited to 7 years.',
            'H-1B: it can be granted only after you pass USMLE Step 3. So for an H-1B, you usually take Step 3 before residency starts.',
          ],
        },
        'After J-1 training, you must return to your home country for two years. The State Department calls this the “two-year home-country physical presence requirement” (see its waiver page below).',
        'Only a waiver frees you from this rule. One way to get one is the Conrad 30 program. In it, you work full-time on an H-1B visa for 3 years, in an area that needs more doctors.',
        'Fees and travel rules change often: check the official pages before you apply.',
      ],
      links: [
        { text: 'ECFMG: J-1 visa sponsorship', href: 'https://www.ecfmg.org/evsp/index.html' },
        {
          text: 'U.S. Department of State: J-1 physician program',
          href: 'https://j1visa.state.gov/programs/physician/',
        },
        {
          text: 'U.S. Department of State: Waiver of the two-year home-country physical presence requirement',
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
