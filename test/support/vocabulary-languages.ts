/**
 * Sentences for the built-in vocabulary's lines in Spanish, Portuguese, French, German, Italian, Dutch and Catalan
 * (the lines after each pillar's English ones in media/sources/belarus-cyber-cooperation.md): policy writers quote and
 * write strategies, decrees and statements in these languages too. Same shape as vocabulary.test.ts's `COUNTS`,
 * which takes them in: for each pillar, by signal line (its first form), sentences in real phrasing and the words the
 * line is found on.
 */
import type { PillarId } from '../../src/core/index.js';

type Case = readonly [sentence: string, words: string];

export const LANGUAGE_COUNTS: Record<PillarId, Record<string, readonly Case[]>> = {
  partnerships: {
    alianza: [
      ['Suriname en Brazilië zijn een partnerschap aangegaan.', 'partnerschap'],
      ['Andorra ha signat una aliança estratègica amb França.', 'aliança estratègica'],
      ['El país firmó una alianza estratégica con sus vecinos en materia de ciberseguridad.', 'alianza estratégica'],
      ['O governo anunciou uma parceria com o setor bancário.', 'parceria'],
      ['Le ministère a conclu un partenariat avec trois universités.', 'partenariat'],
      ['Die Behörde pflegt die bilaterale Zusammenarbeit mit strategischen Partnern.', 'strategischen Partnern'],
    ],
    'socio estratégico': [
      ['La agencia trabaja con socios internacionales en la respuesta a ataques.', 'socios internacionales'],
      ['Les partenaires internationaux financent le centre.', 'partenaires internationaux'],
    ],
    'cooperación internacional': [
      ['Die Strategie dient der internationalen Zusammenarbeit der Behörden.', 'internationalen Zusammenarbeit'],
      ['De strategie versterkt de internationale samenwerking.', 'internationale samenwerking'],
      ['L’estratègia reforça la cooperació internacional.', 'cooperació internacional'],
      ['La strategia rafforza la cooperazione internazionale contro il cybercrime.', 'cooperazione internazionale'],
      ['La estrategia prioriza la cooperación internacional contra el cibercrimen.', 'cooperación internacional'],
      ['O plano reforça a cooperação regional com os países vizinhos.', 'cooperação regional'],
      ['La coopération bilatérale avec la France porte sur la formation.', 'coopération bilatérale'],
      ['Die internationale Zusammenarbeit wird ausgebaut.', 'internationale Zusammenarbeit'],
      ['Das Land pflegt eine enge Zusammenarbeit mit den Nachbarländern.', 'enge Zusammenarbeit'],
      [
        'Die Schweiz übernimmt eine führende Rolle in der internationalen Zusammenarbeit.',
        'internationalen Zusammenarbeit',
      ],
    ],
    coordinación: [
      ['La estrategia profundiza la coordinación entre gobierno e industria.', 'coordinación'],
      ['A agência vai coordenar a resposta com os operadores.', 'coordenar'],
      ['Die Koordination der Behörden wird verbessert.', 'Koordination'],
    ],
    cooperación: [
      ['De samenwerking tussen de overheden groeit.', 'samenwerking'],
      ['Ambos gobiernos acordaron ampliar su colaboración.', 'colaboración'],
      ['Die Zusammenarbeit der Behörden ist eng.', 'Zusammenarbeit'],
      ['Die Kooperation zwischen Staat und Wirtschaft wird ausgeweitet.', 'Kooperation'],
    ],
    conjuntamente: [
      ['Las becas se otorgan conjuntamente con la agencia nacional.', 'conjuntamente'],
      ['O projeto foi criado em conjunto com a agência.', 'em conjunto com'],
      ['Le programme est mené conjointement avec les universités.', 'conjointement'],
      ['Die Übung wurde gemeinsam mit der Agentur vorbereitet.', 'gemeinsam mit'],
    ],
    bilatéral: [
      ['Les deux pays créent un partenariat bilatéral à vocation régionale.', 'bilatéral'],
      ['Une rencontre bilatérale a réuni les deux agences.', 'bilatérale'],
      ['Les accords bilatéraux couvrent la formation.', 'bilatéraux'],
    ],
    multilatéral: [
      ['La France défend le cadre multilatéral des Nations unies.', 'multilatéral'],
      ['Le pays reste attaché au multilatéralisme dans le cyberespace.', 'multilatéralisme'],
    ],
    'memorando de entendimiento': [
      ['De ministers ondertekenden een memorandum van overeenstemming.', 'memorandum van overeenstemming'],
      ['Els dos governs van signar un memoràndum d’entesa.', 'memoràndum d’entesa'],
      ["Le due agenzie hanno firmato un protocollo d'intesa.", "protocollo d'intesa"],
      ['Las dos agencias suscribieron un memorando de entendimiento.', 'memorando de entendimiento'],
      ['Les deux centres ont signé un protocole d’accord.', 'protocole d’accord'],
      ['Os ministros assinaram uma declaração conjunta.', 'declaração conjunta'],
    ],
    'acuerdo de cooperación': [
      ['El acuerdo de cooperación en ciberseguridad con Chile entra en vigor.', 'acuerdo de cooperación'],
      ['Un accord de coopération lie les deux agences.', 'accord de coopération'],
    ],
    'organismos internacionales': [
      ['O Conselho da Europa apoia o programa.', 'Conselho da Europa'],
      ['El país participa en los organismos internacionales del sector.', 'organismos internacionales'],
      ['Le pays a présenté sa position aux Nations unies.', 'Nations unies'],
      ['El programa de la OEA apoya a los gobiernos de la región.', 'OEA'],
    ],
    'asociación público-privada': [
      ['Se creará una alianza público-privada para proteger la red eléctrica.', 'alianza público-privada'],
      ['Un partenariat public-privé protège les opérateurs.', 'partenariat public-privé'],
    ],
    'sector privado': [
      ['El centro comparte alertas con el sector privado.', 'sector privado'],
      ['Les parties prenantes sont consultées chaque année.', 'parties prenantes'],
    ],
    'intercambio de información': [
      ['El acuerdo facilita el intercambio de información sobre amenazas.', 'intercambio de información'],
      ['Le réseau assure le partage d’informations entre équipes.', 'partage d’informations'],
    ],
    'estados miembros': [
      ['Los Estados miembros aprobaron el plan regional.', 'Estados miembros'],
      ['Les États membres échangent leurs alertes.', 'États membres'],
    ],
    'con el apoyo de': [
      ['Le plan a été conçu avec l’accompagnement de la Banque mondiale.', 'avec l’accompagnement'],
      ['El laboratorio se construyó con el apoyo de la Unión Europea.', 'con el apoyo de'],
      ['Le projet est financé par la Banque mondiale.', 'financé par'],
    ],
  },
  policy: {
    legislación: [
      ['Het parlement behandelt het wetsvoorstel over cyberbeveiliging.', 'wetsvoorstel'],
      ['El Consell General debat el projecte de llei.', 'projecte de llei'],
      ['La nueva legislación obliga a notificar los ataques.', 'legislación'],
      ['Der Bundestag berät den Gesetzentwurf zur Umsetzung der NIS-2-Richtlinie.', 'Gesetzentwurf'],
      ['El decreto aprueba la estrategia nacional.', 'decreto'],
      ['Le projet de loi a été adopté en conseil des ministres.', 'projet de loi'],
    ],
    ley: [
      ['La ley entra en vigor en enero.', 'ley'],
      ['A lei exige relatórios anuais.', 'lei'],
    ],
    'marco legal': [
      ['El Govern redacta la Llei de ciberseguretat.', 'Llei de ciberseguretat'],
      ['El gobierno fortalecerá el marco legal y regulatorio.', 'marco legal'],
      ['La stratégie renforce le cadre juridique et institutionnel.', 'cadre juridique'],
    ],
    regulación: [
      ['La regulación del sector financiero exige auditorías.', 'regulación'],
      ['Resilienz, Standardisierung und Regulierung gehören zu den Massnahmen.', 'Regulierung'],
      ['La réglementation impose des audits aux opérateurs.', 'réglementation'],
    ],
    'respuesta a incidentes': [
      ['GovCERT nimmt die Aufgaben der sektoralen Meldestelle wahr.', 'Meldestelle'],
      ['Das Vorfallmanagement des Bundes wird ausgebaut.', 'Vorfallmanagement'],
      ['El centro coordina la respuesta a incidentes en el Estado.', 'respuesta a incidentes'],
      ['O centro faz o tratamento de incidentes da administração federal.', 'tratamento de incidentes'],
      ['L’agence assure la gestion des incidents majeurs.', 'gestion des incidents'],
    ],
    'equipo de respuesta': [
      ['Se creó un equipo de respuesta para el sector público.', 'equipo de respuesta'],
      ['Le centre national de réponse fonctionne jour et nuit.', 'centre national de réponse'],
    ],
    'infraestructura crítica': [
      ['Il decreto protegge le infrastrutture critiche del paese.', 'infrastrutture critiche'],
      ['El plan protege la infraestructura crítica del país.', 'infraestructura crítica'],
      ['Les opérateurs d’importance vitale doivent déclarer les incidents.', 'opérateurs d’importance vitale'],
      ['Kritische Infrastrukturen müssen Vorfälle melden.', 'Kritische Infrastrukturen'],
    ],
    'estrategia nacional': [
      ['Het kabinet heeft de nationale cybersecuritystrategie goedgekeurd.', 'nationale cybersecuritystrategie'],
      ['Das Innenministerium hat im Juli seine Cybersicherheitsagenda vorgestellt.', 'Cybersicherheitsagenda'],
      ['El Govern ha aprovat l’Estratègia Nacional de Ciberseguretat.', 'Estratègia Nacional de Ciberseguretat'],
      ['La strategia nazionale di cybersicurezza è stata adottata nel 2022.', 'strategia nazionale di cybersicurezza'],
      ['El Consejo aprobó la Estrategia Nacional de Ciberseguridad.', 'Estrategia Nacional de Ciberseguridad'],
      ['Mit dem Kabinettsbeschluss wird die Sicherheitsstrategie fortgeschrieben.', 'Sicherheitsstrategie'],
      ['Die Schwerpunkte der Cyber-Sicherheitspolitik sind festgelegt.', 'Cyber-Sicherheitspolitik'],
      ['A Estratégia Nacional de Segurança Cibernética foi publicada.', 'Estratégia Nacional de Segurança Cibernética'],
      ['La stratégie nationale de cybersécurité a été validée.', 'stratégie nationale de cybersécurité'],
      [
        'La ministre a présenté la stratégie cybersécurité nationale 2026-2030 à Bordeaux.',
        'stratégie cybersécurité nationale',
      ],
    ],
    'plan de acción': [
      ['El plan de acción fija metas para cada ministerio.', 'plan de acción'],
      ['La feuille de route prévoit un audit annuel.', 'feuille de route'],
    ],
    implementación: [
      ['La implementación estará a cargo del ministerio.', 'implementación'],
      ['La mise en œuvre relève de l’agence.', 'mise en œuvre'],
      ['La mise en oeuvre du plan relève du ministère.', 'mise en oeuvre'],
    ],
    política: [
      ['La política de seguridad se revisa cada dos años.', 'política'],
      ['Les politiques publiques du numérique évoluent.', 'politiques publiques'],
    ],
    'protección de datos': [
      ['La protección de datos personales es un derecho.', 'protección de datos'],
      ['La protection des données est confiée à une autorité.', 'protection des données'],
    ],
    'agencia nacional de ciberseguridad': [
      ['Es crea l’Agència Nacional de Ciberseguretat d’Andorra.', 'Agència Nacional de Ciberseguretat'],
      ['L’agenzia per la cybersicurezza nazionale coordina la risposta.', 'agenzia per la cybersicurezza nazionale'],
      ['La Agencia Nacional de Ciberseguridad supervisa a los operadores.', 'Agencia Nacional de Ciberseguridad'],
      ['Le Conseil national de cybersécurité a validé le texte.', 'Conseil national de cybersécurité'],
    ],
    'agencia nacional': [
      ['Una agencia nacional coordinará la estrategia.', 'agencia nacional'],
      ['L’autorité nationale publie ses recommandations.', 'autorité nationale'],
    ],
  },
  dialogue: {
    diálogo: [['Los dos países celebraron su primer diálogo sobre ciberseguridad.', 'diálogo']],
    conferencia: [
      ['De conferentie trok deelnemers uit de hele regio.', 'conferentie'],
      ['La conferència va reunir experts de vint països.', 'conferència'],
      ['El congreso anual reunió a 3 000 profesionales de la seguridad.', 'congreso'],
      ['Il convegno annuale ha riunito esperti di venti paesi.', 'convegno'],
      ['La conferencia regional reunió a veinte delegaciones.', 'conferencia'],
      ['O fórum reuniu especialistas de toda a região.', 'fórum'],
      ['Le séminaire a porté sur les menaces.', 'séminaire'],
    ],
    'buenas prácticas': [
      ['I partecipanti hanno condiviso buone pratiche sulla gestione delle crisi.', 'buone pratiche'],
      ['Los equipos comparten buenas prácticas cada trimestre.', 'buenas prácticas'],
    ],
    'intercambio de experiencias': [
      ['Das Forum dient dem Wissensaustausch zwischen Behörden und Wirtschaft.', 'Wissensaustausch'],
      ['Le réseau favorise l’échange d’expériences entre pays.', 'échange d’expériences'],
      ['Las agencias promueven el intercambio de conocimientos entre equipos.', 'intercambio de conocimientos'],
    ],
    'medidas de fomento de la confianza': [
      ['GovCERT agiert als Kontaktstelle für ausländische Regierungen.', 'Kontaktstelle'],
      ['La región adoptó medidas de fomento de la confianza.', 'medidas de fomento de la confianza'],
      ['Les mesures de confiance de l’OSCE prévoient des points de contact.', 'mesures de confiance'],
    ],
    'consulta pública': [
      ['El borrador se sometió a consulta pública.', 'consulta pública'],
      ['Berlin und Delhi hielten ihre dritten Cyberkonsultationen ab.', 'Cyberkonsultationen'],
      ['Les deux délégations ont procédé à un échange de vues.', 'échange de vues'],
    ],
    reunión: [
      ['Er is een tweedaagse bijeenkomst gehouden in Paramaribo.', 'bijeenkomst'],
      ['La reunión de expertos se celebró en Lima.', 'reunión'],
      ['Les rencontres annuelles réunissent les agences.', 'rencontres'],
    ],
    expertos: [
      ['Un grupo de expertos revisará el plan.', 'expertos'],
      ['La société civile a été associée au texte.', 'société civile'],
    ],
    'comportamiento responsable': [
      ['El país defiende el comportamiento responsable de los Estados.', 'comportamiento responsable'],
    ],
    'grupo de trabajo': [
      ['Un grupo de trabajo conjunto se reúne cada mes.', 'grupo de trabajo'],
      ['Le groupe de travail publiera un rapport.', 'groupe de travail'],
    ],
    organizó: [
      ['El ministerio organizó un encuentro regional.', 'organizó'],
      ['Le pays a participé au sommet de Paris.', 'a participé'],
    ],
  },
  education: {
    educación: [
      ['La educación en ciberseguridad empieza en la escuela.', 'educación'],
      ['L’éducation au numérique est une priorité.', 'éducation'],
    ],
    universidad: [
      ['De universiteit biedt een master in cybersecurity aan.', 'universiteit'],
      ['La universitat ofereix un màster en ciberseguretat.', 'universitat'],
      ['Tre università offrono ora un percorso in sicurezza informatica.', 'università'],
      ['La universidad abrió un laboratorio de seguridad.', 'universidad'],
      ['A universidade oferece um curso noturno.', 'universidade'],
    ],
    maestría: [
      ['La maestría en ciberseguridad dura dos años.', 'maestría'],
      ['La OEA abrió un curso de formación para equipos de respuesta.', 'curso de formación'],
      ['O centro oferece cursos de formação em segurança.', 'cursos de formação'],
      ['O mestrado forma analistas de segurança.', 'mestrado'],
    ],
    módulo: [['Cada módulo incluye prácticas de laboratorio.', 'módulo']],
    formación: [
      ['Das Amt bietet eine Weiterbildung für IT-Sicherheitsbeauftragte an.', 'Weiterbildung'],
      ['De opleiding duurt twee jaar.', 'opleiding'],
      ['El curs de formació en ciberseguretat comença al març.', 'formació'],
      ['Le campus assure aux étudiants et aux agents leur formation initiale.', 'formation initiale'],
      ['La formazione dei funzionari pubblici è obbligatoria.', 'formazione'],
      ['El plan incluye la formación de funcionarios públicos.', 'formación'],
      ['La stratégie prévoit des programmes de formation pour les jeunes.', 'programmes de formation'],
      ['Die Schulung richtet sich an Behörden.', 'Schulung'],
    ],
    habilidades: [
      ['Le programme vise une montée en compétences de tout l’écosystème.', 'montée en compétences'],
      ['El programa desarrolla habilidades digitales en los jóvenes.', 'habilidades digitales'],
      ['La stratégie met l’accent sur le capital humain.', 'capital humain'],
    ],
    'fortalecimiento de capacidades': [
      ['El proyecto apoya el fortalecimiento de capacidades técnicas.', 'fortalecimiento de capacidades'],
      ['Le renforcement des capacités des équipes est financé.', 'renforcement des capacités'],
    ],
    pesquisa: [
      ['Deux centres de recherche publics se sont installés dans la tour.', 'centres de recherche'],
      ['Il centro finanzia la ricerca sulla crittografia.', 'ricerca'],
      ['O centro faz pesquisa aplicada em criptografia.', 'pesquisa'],
      ['Le laboratoire mène des recherches sur les attaques.', 'recherches'],
      ['Se financiará un centro de investigación en ciberseguridad.', 'centro de investigación'],
    ],
    investigación: [['Los investigadores publican sus resultados.', 'investigadores']],
    innovación: [
      ['Los estudiantes participan en competiciones nacionales.', 'estudiantes'],
      ['Les étudiants suivent un stage.', 'étudiants'],
    ],
    'campaña de concienciación': [
      ['Le CERT développe des guides pour sensibiliser les utilisateurs aux bonnes pratiques.', 'sensibiliser'],
      ['Il programma promuove la cultura della sicurezza nelle scuole.', 'cultura della sicurezza'],
      ['Se lanzó una campaña de concienciación para los ciudadanos.', 'campaña de concienciación'],
      ['Die Kampagne soll das Bewusstsein für Cybersicherheit schärfen.', 'Bewusstsein für Cybersicherheit'],
      ['Il faut promouvoir une culture de la cybersécurité.', 'culture de la cybersécurité'],
    ],
    concienciación: [
      ['La consapevolezza dei rischi resta bassa.', 'consapevolezza'],
      ['La sensibilización del público es una prioridad.', 'sensibilización'],
      ['A conscientização dos servidores é obrigatória.', 'conscientização'],
    ],
    simulacro: [
      ['Im Herbst fand eine nationale Krisenübung statt.', 'Krisenübung'],
      ['El simulacro nacional puso a prueba a los equipos.', 'simulacro'],
      ["La délégation a suivi des exercices de simulation d'incident.", 'exercices de simulation'],
      ['Los participantes hicieron talleres prácticos sobre análisis forense.', 'talleres prácticos'],
    ],
  },
};
