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
  heading: 'Ejercer la medicina en EE.\u00a0UU. con un título de medicina de otro país',
  intro:
    'Esta guía es para graduados médicos internacionales (IMG, por sus siglas en inglés): quienes estudiaron medicina en otro país y quieren ejercer en EE.\u00a0UU.',
  lastReviewed: '2026-11',
  note: 'Las reglas cambian a menudo. Esta guía da información general. No es asesoría legal ni migratoria. Confirme cada paso con las organizaciones oficiales cuyos enlaces aparecen en ese paso.',
  steps: [
    {
      id: 'ecfmg-certification',
      title: 'Obtenga la certificación de la Comisión Educativa para Graduados Médicos Extranjeros (ECFMG)',
      summary:
        'Apruebe dos partes del USMLE, el examen de EE.\u00a0UU. para obtener la licencia para ejercer la medicina. Demuestre sus habilidades con los pacientes y su inglés.',
      body: [
        'La ECFMG forma parte de Intealth. Su certificado muestra que usted tiene la preparación necesaria para empezar una residencia. Usted es IMG por el lugar donde está su facultad de medicina, no por su ciudadanía.',
        {
          intro: 'Para obtener la certificación:',
          items: [
            'Su facultad de medicina debe estar en el World Directory of Medical Schools (directorio mundial de facultades de medicina). Su ficha debe tener una nota de la ECFMG: búsquela en la pestaña «Sponsor Notes».',
            'Apruebe dos partes del United States Medical Licensing Examination (USMLE): Step 1 y Step 2 CK (Clinical Knowledge, conocimientos clínicos).',
            'Demuestre sus habilidades con los pacientes y su inglés por medio de una vía (pathway) de la ECFMG. Una vía es una de las formas en que la ECFMG evalúa estas habilidades. Todas piden un resultado en OET Medicine, un examen de inglés.',
          ],
        },
        'También necesita el certificado para presentar el USMLE Step 3 y para obtener una licencia estatal sin restricciones.',
        'Un certificado obtenido por una vía no es permanente al principio. Se vuelve permanente después de 12 meses de formación en un programa acreditado. El Consejo de Acreditación para la Educación Médica de Posgrado (Accreditation Council for Graduate Medical Education) acredita estos programas.',
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
      summary: 'Solicite plaza en programas acreditados. La residencia dura de 3 a 7 años, según la especialidad.',
      body: [
        'Todos los IMG necesitan hacer la residencia en un programa acreditado de EE.\u00a0UU. o Canadá. La formación que usted hizo en otro país no la reemplaza. Cada vez más estados ofrecen otra opción (vea «Obtenga una licencia estatal para ejercer la medicina»).',
        'La duración de la residencia depende de la especialidad. Medicina familiar, medicina interna y pediatría duran 3 años. Cirugía general dura 5, y neurocirugía, 7.',
        {
          intro: 'Cómo presentar su solicitud:',
          items: [
            'La mayoría de las especialidades usan el Servicio Electrónico de Solicitudes de Residencia (Electronic Residency Application Service, ERAS). Lo administra la Asociación de Facultades de Medicina de EE.\u00a0UU. (AAMC). La ECFMG le da su ERAS token: el código de acceso que necesita para usar ERAS.',
            'Obstetricia y ginecología, y medicina de urgencias, usan otro servicio: ResidencyCAS. Lo administra Liaison. La ECFMG le da su propio enlace de acceso. Las especialidades de cada servicio pueden cambiar: confirme cuál usa la suya.',
            'La mayoría de las plazas se asignan en el Main Residency Match del Programa Nacional de Asignación de Residentes (National Resident Matching Program, NRMP). El Match une a los solicitantes con los programas. El día del Match (Match Day) es en marzo.',
            'Las plazas que el Match no llena se ofrecen durante la semana del Match (Match Week), por medio de un proceso llamado SOAP.',
            'Para aparecer en las listas del Match, debe cumplir a tiempo los requisitos de exámenes y de habilidades de la ECFMG. El plazo termina en la fecha límite de las listas de preferencias (rank order lists). En estas listas, los solicitantes y los programas ordenan sus opciones.',
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
        {
          text: 'Liaison: ayuda de ResidencyCAS para solicitantes',
          href: 'https://help.liaisonedu.com/ResidencyCAS_Applicant_Help_Center',
        },
      ],
    },
    {
      id: 'state-licensure',
      title: 'Obtenga una licencia estatal para ejercer la medicina',
      summary: 'Solicítela a la junta médica de cada estado donde vaya a ejercer.',
      body: [
        'La junta médica (medical board) de cada estado da su propia licencia. Usted necesita una licencia en cada estado donde ejerza.',
        'Para una licencia sin restricciones, todos los estados piden a los IMG al menos un año de residencia acreditada en EE.\u00a0UU. o Canadá. Muchos piden dos o tres años.',
        'La mayoría de los médicos presentan el USMLE Step 3 durante la residencia. Para presentarlo, necesita haber aprobado Step 1 y Step 2 CK, y tener la certificación de la ECFMG.',
        'La Federación de Juntas Médicas Estatales (Federation of State Medical Boards, FSMB) representa a las juntas de los estados. También es uno de los patrocinadores del USMLE.',
        'Nuevas vías de licencia: desde 2023, cada vez más estados ofrecen una licencia provisional a médicos con experiencia formados en otro país. No es necesario haber hecho la residencia médica en EE.\u00a0UU. para obtenerla. La mayoría de estos estados piden la certificación de la ECFMG y una oferta de trabajo. La lista de estos estados cambia a menudo: consulte las páginas de la Asociación Médica Estadounidense (AMA).',
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
        'El Departamento de Estado de EE.\u00a0UU. emite las visas. El Servicio de Ciudadanía e Inmigración de EE.\u00a0UU. (USCIS) decide las peticiones (solicitudes formales) y las exenciones (waivers, excepciones a una regla). El USCIS forma parte del Departamento de Seguridad Nacional.',
        {
          intro: 'Hay dos visas comunes para médicos residentes:',
          items: [
            'J-1: la ECFMG es el único patrocinador de médicos con visa J-1 en formación clínica. Necesita una declaración de necesidad (Statement of Need) del ministerio de salud de su país. Por lo general, el patrocinio tiene un límite de 7 años.',
            'H-1B: solo se puede conceder después de que usted apruebe el USMLE Step 3. Por eso, para una H-1B, por lo general se presenta el Step 3 antes de empezar la residencia.',
          ],
        },
        'Al terminar su formación con la visa J-1, debe volver a su país durante dos años. El Departamento de Estado llama a esta regla «two-year home-country physical presence requirement» (vea su página sobre exenciones, abajo).',
        'Solo con una exención queda libre de esta regla. Una forma de obtenerla es el programa Conrad 30. En él, usted trabaja a tiempo completo con una visa H-1B durante 3 años, en una zona donde faltan médicos.',
        'Las tarifas y las reglas de viaje cambian a menudo: consulte las páginas oficiales antes de presentar su solicitud.',
      ],
      links: [
        { text: 'ECFMG: patrocinio de la visa J-1', href: 'https://www.ecfmg.org/evsp/index.html' },
        {
          text: 'Departamento de Estado de EE.\u00a0UU.: programa J-1 para médicos',
          href: 'https://j1visa.state.gov/programs/physician/',
        },
        {
          text: 'Departamento de Estado de EE.\u00a0UU.: exención del requisito de presencia física de dos años en el país de origen (two-year home-country physical presence requirement)',
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
