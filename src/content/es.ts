import type { CompleteContent, PathwayStrings } from './types.js';

/**
 * The built-in Spanish guide, written from the project's fact sheet (reviewed November 2026). It has
 * the same id, version, step ids and links as the English guide; the text is written in Spanish, not
 * translated line by line. Figures that change every year (exam pass marks, fees, dates, lists of
 * states) are not stated: the text points to the official page instead.
 */
export const es: CompleteContent = {
  id: 'img-pathway-us',
  version: '2026-11',
  lang: 'es',
  heading: 'Cuatro pasos para ejercer la medicina en EE.\u00a0UU.',
  intro:
    'Los médicos que estudiaron medicina en otro país, llamados graduados médicos internacionales (IMG, por sus siglas en inglés), siguen estos cuatro pasos para ejercer en EE.\u00a0UU.',
  lastReviewed: '2026-11',
  note: 'Las reglas cambian a menudo. Esta es información general, no asesoría legal ni migratoria. Confirme cada paso con las organizaciones oficiales que aparecen en sus enlaces.',
  steps: [
    {
      id: 'ecfmg-certification',
      title: 'Obtenga la certificación de la ECFMG',
      summary: 'Apruebe los exámenes USMLE y demuestre sus habilidades clínicas y de comunicación.',
      body: [
        'La Comisión Educativa para Graduados Médicos Extranjeros (Educational Commission for Foreign Medical Graduates, ECFMG) forma parte de Intealth. Su certificación confirma que usted puede entrar a una residencia acreditada. Usted es IMG por el país de su facultad de medicina, no por su ciudadanía.',
        {
          intro: 'Para obtener la certificación:',
          items: [
            'Su facultad de medicina debe estar en el World Directory of Medical Schools (directorio mundial de facultades de medicina) con una nota de la ECFMG (vea la pestaña «Sponsor Notes»).',
            'Apruebe el examen de licencia médica de EE.\u00a0UU. (United States Medical Licensing Examination, USMLE): Step 1 y Step 2 CK (Clinical Knowledge, conocimientos clínicos).',
            'Demuestre sus habilidades clínicas y de comunicación por una de las vías (pathways) de la ECFMG. Estas vías incluyen el examen de inglés OET Medicine.',
          ],
        },
        'Necesita la certificación para presentar el USMLE Step 3 y para obtener una licencia estatal sin restricciones. Si obtiene el certificado por una vía (pathway), este solo se vuelve permanente después de 12 meses de formación acreditada por el Consejo de Acreditación para la Educación Médica de Posgrado (ACGME, por sus siglas en inglés).',
      ],
      links: [
        { text: 'ECFMG: certificación', href: 'https://www.ecfmg.org/certification/certification.html' },
        {
          text: 'World Directory of Medical Schools (directorio mundial de facultades de medicina)',
          href: 'https://www.wdoms.org',
        },
        {
          text: 'ECFMG: cuándo se vuelve permanente un certificado obtenido por una vía (pathway)',
          href: 'https://ecfmg.org/certification-pathways/permanent-validation.html',
        },
      ],
    },
    {
      id: 'residency',
      title: 'Haga la residencia en EE.\u00a0UU. o Canadá',
      summary: 'Solicite plaza en programas acreditados. La residencia dura de 3 a 7 años.',
      body: [
        'Todo IMG debe completar una residencia acreditada en EE.\u00a0UU. o Canadá, aunque ya se haya formado en otro país. Algunos estados ahora ofrecen otra vía (vea el paso 3).',
        'La residencia dura de 3 a 7 años según la especialidad: 3 en medicina familiar, medicina interna o pediatría; 5 en cirugía general; 7 en neurocirugía.',
        {
          intro: 'Cómo presentar su solicitud:',
          items: [
            'La mayoría de las especialidades usan el Servicio Electrónico de Solicitudes de Residencia (ERAS) de la Asociación de Facultades de Medicina de EE.\u00a0UU. (AAMC). La ECFMG le da su código de acceso a ERAS (ERAS token).',
            'Para obstetricia y ginecología y para medicina de urgencias se usa ResidencyCAS.',
            'La mayoría de las plazas se asignan en el Main Residency Match del Programa Nacional de Asignación de Residentes (NRMP). El día del Match es en marzo. Las plazas que quedan libres se ofrecen durante la semana del Match, por medio del SOAP.',
            'Para que lo puedan clasificar en el Match, debe cumplir los requisitos de exámenes y de habilidades de la ECFMG antes de la fecha límite de la lista de preferencias (rank order list).',
          ],
        },
      ],
      links: [
        { text: 'ECFMG: ERAS para IMG', href: 'https://ecfmg.org/eras/' },
        { text: 'National Resident Matching Program (NRMP)', href: 'https://www.nrmp.org/' },
        {
          text: 'AAMC: cómo solicitar residencias con ERAS',
          href: 'https://students-residents.aamc.org/applying-residencies-eras',
        },
      ],
    },
    {
      id: 'state-licensure',
      title: 'Obtenga una licencia médica estatal',
      summary: 'Solicítela a la junta médica de cada estado donde vaya a ejercer.',
      body: [
        'La junta médica (medical board) de cada estado da su propia licencia. Usted necesita una licencia en cada estado donde ejerza. Todos los estados piden a los IMG al menos un año de residencia acreditada en EE.\u00a0UU. o Canadá; muchos piden dos o tres.',
        'La mayoría de los médicos presentan el USMLE Step 3 durante la residencia. Para presentarlo necesita haber aprobado Step 1 y Step 2 CK y tener la certificación de la ECFMG.',
        'La Federación de Juntas Médicas Estatales (FSMB) representa a las juntas de los estados y copatrocina el USMLE.',
        'Nuevas vías: desde 2023, cada vez más estados ofrecen una licencia provisional a médicos con experiencia formados en el extranjero, sin residencia en EE.\u00a0UU. Por lo general piden la certificación de la ECFMG y una oferta de trabajo. La lista cambia a menudo: consulte la página de la Asociación Médica Estadounidense (AMA).',
      ],
      links: [
        { text: 'Federation of State Medical Boards (FSMB)', href: 'https://www.fsmb.org/' },
        {
          text: 'AMA: requisitos de licencia de cada estado para IMG',
          href: 'https://www.ama-assn.org/education/international-medical-education/state-licensure-board-requirements-international-medical',
        },
        {
          text: 'AMA: nuevas vías de licencia para médicos formados en el extranjero',
          href: 'https://www.ama-assn.org/education/international-medical-education/new-licensing-pathways-foreign-trained-doctors-what-know',
        },
      ],
    },
    {
      id: 'immigration',
      title: 'Obtenga la visa adecuada',
      summary:
        'Si usted no tiene la ciudadanía ni la residencia permanente de EE.\u00a0UU., necesita una visa para formarse y trabajar.',
      body: [
        'El Departamento de Estado de EE.\u00a0UU. emite las visas. El Servicio de Ciudadanía e Inmigración de EE.\u00a0UU. (USCIS), una agencia del Departamento de Seguridad Nacional, decide las peticiones y las exenciones (waivers).',
        {
          intro: 'Hay dos visas comunes para los residentes:',
          items: [
            'J-1: la ECFMG es el único patrocinador de médicos con visa J-1 en formación clínica. Necesita una declaración de necesidad (Statement of Need) del ministerio de salud de su país. Por lo general, el patrocinio tiene un límite de 7 años.',
            'H-1B: antes debe aprobar el USMLE Step 3.',
          ],
        },
        'Al terminar su formación con la visa J-1, debe volver a su país durante dos años, salvo que obtenga una exención. Una forma es el programa Conrad 30: 3 años de trabajo a tiempo completo con una visa H-1B en una zona donde faltan médicos.',
        'Las tarifas y las reglas de viaje cambian a menudo: consulte las páginas oficiales antes de presentar su solicitud.',
      ],
      links: [
        { text: 'ECFMG: patrocinio de la visa J-1', href: 'https://www.ecfmg.org/evsp/index.html' },
        {
          text: 'Departamento de Estado de EE.\u00a0UU.: programa J-1 para médicos',
          href: 'https://j1visa.state.gov/programs/physician/',
        },
        {
          text: 'Departamento de Estado de EE.\u00a0UU.: exención de la regla de dos años en su país',
          href: 'https://travel.state.gov/content/travel/en/us-visas/study/exchange/waiver-of-the-exchange-visitor.html',
        },
        { text: 'U.S. Citizenship and Immigration Services (USCIS)', href: 'https://www.uscis.gov/' },
      ],
    },
  ],
};

/** Spanish interface text. */
export const esStrings: PathwayStrings = {
  showAll: 'Mostrar todos los pasos',
  hideAll: 'Ocultar todos los pasos',
  step: '{number} de {total}',
  lastReviewed: 'Última revisión:',
  officialLinks: 'Enlaces oficiales',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  monthYear: '{month} de {year}',
  copyLink: 'Copiar el enlace a este paso',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar. El enlace a este paso está ahora en la barra de direcciones.',
  markDone: 'Marcar este paso como completado',
  progress: '{done} de {total} pasos completados',
  reset: 'Reiniciar el progreso',
};
