import type { PillarId } from './model.js';

/**
 * A signal: one idea that, in a draft, speaks for a pillar. Its forms are words or phrases
 * (any inflection matches: forms are compared by word stems). Strong signals (weight 2) name the
 * pillar's own instruments; weak ones (weight 1) lean towards it but appear elsewhere too.
 */
export interface Signal {
  id: string;
  /** Signals of one family ("partner", "partnership") count once in a block: the strongest. */
  family: string;
  /** 0 for a false friend ("training data"): a mention in passing, never coverage. */
  weight: 0 | 1 | 2;
  /** Whether the signal names the pillar in a heading; every strong signal does. */
  naming: boolean;
  forms: string[];
}

export interface Pillar {
  id: PillarId;
  title: string;
  /** What the pillar is about, in a sentence. */
  description: string;
  /** What a draft would need to cover the pillar: the end of a missing-pillar message. */
  coverHint: string;
  /** The heading a section skeleton gets. */
  sectionTitle: string;
  /** Key of the claim a section skeleton cites first. */
  leadClaim: string;
  signals: Signal[];
}

/** `'2 memorandum of understanding|mou'` → a signal of weight 2 with two forms. */
function signals(lines: string[]): Signal[] {
  return lines.map((line) => {
    const [weight, ...rest] = line.split(' ');
    const family = /\s~(\S+)$/.exec(rest.join(' '))?.[1];
    const forms = rest.join(' ').replace(/\s~\S+$/, '').split('|').map((form) => form.trim());
    // '1n': a weak signal that still names the pillar in a heading ("Partners", "Policy").
    const value = Number(weight.replace('n', ''));
    const strength = value === 2 ? 2 : value === 0 ? 0 : 1;
    return { id: forms[0], family: family ?? forms[0], weight: strength, naming: strength === 2 || weight.endsWith('n'), forms };
  });
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'partnerships',
    title: 'Building partnerships',
    description:
      'Partnerships and cooperative frameworks with other states, international organisations and industry: agreements, memberships and joint work.',
    coverHint:
      'add a section or paragraph on partnerships, e.g. bilateral or multilateral agreements, memoranda of understanding, membership of international bodies, or public–private partnerships',
    sectionTitle: 'Building partnerships',
    leadClaim: 'belarus:cooperative-frameworks',
    signals: signals([
      '2 partnership|partnerships|public-private partnership|public private partnership|ppp|ppps ~partner',
      '1n partner ~partner',
      '2 bilateral',
      '2 multilateral|plurilateral',
      '2 memorandum of understanding|memoranda of understanding|mou|mous',
      '2 cooperation agreement|cooperative agreement|framework agreement|international agreement|bilateral agreement|multilateral agreement|agreements with',
      '2 treaty|treaties|accession|accede|ratify|ratification|ratified|signatory|signatories',
      '2 budapest convention|convention on cybercrime|malabo convention|un cybercrime convention',
      '2 mutual legal assistance|mlat|mlats|extradition|joint investigation team|joint investigations',
      '2 alliance|allies|ally|coalition|like-minded',
      '2 group of governmental experts|gge|open-ended working group|oewg',
      '1 united nations|interpol|europol|nato|osce|council of europe|itu|international telecommunication union|asean|african union|organization of american states|csto|shanghai cooperation organisation|brics|commonwealth of independent states|eurasian economic union|european union|global forum on cyber expertise|gfce',
      '1 international organisation|international organization|international organisations|international organizations|regional organisation|regional organization|international bodies|international body',
      '2 cooperative framework|cooperation framework|framework for cooperation|frameworks for cooperation|cooperation mechanism|cooperation mechanisms',
      '1n international cooperation|cross-border cooperation|cooperation|cooperate|cooperating|collaborate|collaborating|collaboration',
      '1 joint',
      '2 public-private|public private|private sector partners|industry partners',
      '1 information sharing|share information|sharing of information|threat intelligence sharing|share threat intelligence|information exchange|exchange information',
      '1 member state|member states|membership|member of',
      '1 stakeholder|stakeholders|industry|private sector',
      '0 partner in crime|partners in crime|affiliate partner|affiliate partners|criminal partners|business partners',
      '1 mutual assistance|mutual aid|assistance|donor|donors|neighbouring|neighboring|counterpart|counterparts',
    ]),
  },
  {
    id: 'policy',
    title: 'Effective policy implementation',
    description:
      'Policies, laws and institutions that are actually put into effect at home: strategy, legislation, regulation, incident response bodies and the protection of critical infrastructure.',
    coverHint:
      'add a section or paragraph on policy implementation, e.g. the national strategy and its action plan, legislation or regulation, a regulator, or a national CERT/CSIRT',
    sectionTitle: 'Effective policy implementation',
    leadClaim: 'belarus:robust-policies',
    signals: signals([
      '2 legislation|legislative|legislate|legislature|lawmaker|lawmakers|parliament',
      '1n law|laws|legal|statute|statutory|decree|decrees',
      '2 legal framework|regulatory framework|legal basis|legal and regulatory|criminal code|penal code|cybercrime law|cybersecurity law|cyber security law',
      '2 regulation|regulations|regulatory|regulator|regulators|regulate|supervisory authority|supervisory authorities|supervision',
      '2 cert|certs|csirt|csirts|computer emergency response team|computer security incident response team|incident response team|incident response teams|computer incident response',
      '2 incident response|incident handling|incident reporting|incident notification|report incidents|reporting obligations|breach notification',
      '2 critical infrastructure|critical infrastructures|critical information infrastructure|essential services|essential entities|operators of essential services|critical sectors',
      '2 national strategy|cybersecurity strategy|cyber security strategy|cyber strategy|national cyber security strategy|national cybersecurity strategy|strategy implementation',
      '2 action plan|implementation plan|roadmap|road map|implementation',
      '1n policy|policies|policymaking|policy-making',
      '1 data protection|personal data|privacy|gdpr',
      '2 nis2|nis directive|directive|enforcement|enforce|enforced|sanction|sanctions|penalty|penalties|fines',
      '1 compliance|comply|audit|audits|auditing|inspection|inspections',
      '1 standard|standards|baseline|baselines|certification|certify|accreditation|requirement|requirements|obligation|obligations|mandatory|mandate',
      '1 governance|ministry|ministries|minister|agency|agencies|authority|authorities|government|institutional|institution|institutions|national centre|national center|ncsc|security operations centre|security operations center|soc|single point of contact',
      '0 law firm|law firms|case law|by law|laws of physics',
      '1 risk management|risk assessment|risk assessments|supply chain security|vulnerability disclosure|vulnerability management|resilience|monitoring|oversight|accountability|key performance indicators|kpi|kpis|budget|funding',
    ]),
  },
  {
    id: 'dialogue',
    title: 'Promoting dialogue and expertise',
    description:
      'Dialogue and the exchange of knowledge among states, experts and industry: conferences, forums, consultations, shared best practices and confidence-building measures.',
    coverHint:
      'add a section or paragraph on dialogue and expertise, e.g. conferences, forums or roundtables, exchange of best practices, expert networks, or confidence-building measures',
    sectionTitle: 'Promoting dialogue and expertise',
    leadClaim: 'belarus:dialogue-events',
    signals: signals([
      '2 dialogue|dialogues|dialog|dialogs',
      '2 conference|conferences|forum|forums|fora|summit|summits|roundtable|roundtables|round table|round tables|seminar|seminars|workshop|workshops|symposium|symposia|symposiums|webinar|webinars|congress',
      '2 best practice|best practices|good practice|good practices|lessons learned|lessons learnt|exchange of practices|knowledge exchange|exchange of knowledge|knowledge sharing|sharing of knowledge|exchange of expertise|exchange of experience|experience sharing|share experience|share expertise|peer learning|peer review|peer-to-peer',
      '2 confidence-building|confidence building|cbm|cbms|transparency measures|points of contact|point of contact|hotline|hotlines',
      '2 consultation|consultations|consult|exchange of views|track 1.5|track 2|track ii|diplomacy|diplomatic|diplomats',
      '1 discussion|discussions|discuss|debate|debates|deliberation|conversation|conversations|meeting|meetings|gathering|gatherings|panel|panels|talks',
      '1n expert|experts|expertise|specialists|practitioners|policymakers|policy makers|think tank|think tanks|academia|civil society',
      '1 norms|norm|responsible state behaviour|responsible state behavior|mutual understanding|common understanding|shared understanding|trust',
      '1 multi-stakeholder|multistakeholder|multi stakeholder|stakeholder engagement|outreach|community of practice|communities of practice|working group|working groups|network of experts|expert network|expert networks|platform|platforms',
      '0 dark web forum|dark web forums|criminal forum|criminal forums|hacker forum|hacker forums|underground forum|underground forums|forum shopping|medical conference|sales conference|conference call|conference calls',
      '1 host|hosts|hosted|hosting|convene|convenes|convened|participate|participants|delegation|delegations|attendees',
    ]),
  },
  {
    id: 'education',
    title: 'Cybersecurity education and research',
    description:
      'Education, training and research that build a skilled cybersecurity workforce: universities, curricula, skills programmes, research centres and awareness.',
    coverHint:
      'add a section or paragraph on education and research, e.g. university curricula and degrees, training and skills programmes, workforce development, capacity building, or research centres',
    sectionTitle: 'Cybersecurity education and research',
    leadClaim: 'belarus:skilled-workforce',
    signals: signals([
      '2 education|educational|educate|educating|educator|educators',
      '2 university|universities|college|colleges|academy|academies|school|schools|faculty|faculties',
      '2 curriculum|curricula|curriculums|degree|degrees|bachelor|bachelors|master|masters|phd|doctoral|postgraduate|undergraduate|diploma|syllabus|training course|training courses|online courses',
      '2 training|trainings|train|trained|trainee|trainees|trainer|trainers|bootcamp|bootcamps|apprenticeship|apprenticeships|internship|internships|upskilling|upskill|reskilling|reskill|cyber range|cyber ranges|professional development',
      '2 skill|skills|skilled|workforce|talent|talents|talent pool|human capital|skills gap|skills shortage|pipeline of',
      '2 capacity building|capacity-building|build capacity|building capacity|capacity development|develop capacity|strengthen capacity',
      '2 research|researchers|researcher|r&d|research and development|scientific|science|sciences|laboratory|laboratories|research centre|research center',
      '1 innovation|innovate|academic|academics|scholarship|scholarships|fellowship|fellowships|grant|grants|student|students|teacher|teachers|teaching|pupil|pupils|learning|e-learning|learn|graduate|graduates',
      '0 training data|training set|training sets|model training|research shows|research suggests|school of thought|old school|phishing campaign|malware campaign|attack campaign',
      '1n awareness|awareness-raising|awareness raising|literacy|cyber hygiene|digital literacy|awareness campaign|awareness campaigns',
      '1 professional|professionals|specialist|specialists|expert pool|pool of experts|certifications|qualification|qualifications|competence|competences|competency|competencies|exercise|exercises|drill|drills|olympiad|competition|competitions|hackathon|hackathons',
    ]),
  },
];

export function pillar(id: PillarId): Pillar {
  return PILLARS.find((candidate) => candidate.id === id)!;
}
