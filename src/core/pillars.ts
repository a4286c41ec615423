import type { BuiltinPillarId, PillarId } from './model.js';

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
  /** Key of the claim a section skeleton cites first, if there is one. */
  leadClaim?: string;
  signals: Signal[];
  /** Namespace of the framework it belongs to (`belarus` for the built-in essay's). */
  framework?: string;
  /**
   * The built-in pillar whose judgement it borrows beyond its words: for `policy` and `education`, a meeting's
   * topics and a job advert's requirements are no evidence; for `partnerships` and `education`, a stated aim
   * adds weight; for `partnerships`, `policy` and `dialogue`, one sentence telling of an act does. None: words only.
   */
  like?: BuiltinPillarId;
}

/**
 * `'2 memorandum of understanding|mou ~mou'` → a signal of weight 2 with two forms, of the family
 * `mou`. A form written `=FIRST` matches only in that case (the Forum of Incident Response and
 * Security Teams, not the word "first").
 */
function signals(lines: string[]): Signal[] {
  return lines.map((line) => {
    const [weight, ...rest] = line.split(' ');
    const family = /\s~(\S+)$/.exec(rest.join(' '))?.[1];
    const forms = rest.join(' ').replace(/\s~\S+$/, '').split('|').map((form) => form.trim());
    // '1n': a weak signal that still names the pillar in a heading ("Partners", "Policy").
    const value = Number(weight.replace('n', ''));
    const strength = value === 2 ? 2 : value === 0 ? 0 : 1;
    const id = forms[0].replace(/^=/, '');
    return { id, family: family ?? id, weight: strength, naming: strength === 2 || weight.endsWith('n'), forms };
  });
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'partnerships',
    framework: 'belarus',
    like: 'partnerships',
    title: 'Building partnerships',
    description:
      'Partnerships and cooperative frameworks with other states, international organisations and industry: agreements, memberships and joint work.',
    coverHint:
      'add a section or paragraph on partnerships, e.g. bilateral or multilateral agreements, memoranda of understanding, membership of international bodies, or public–private partnerships',
    sectionTitle: 'Building partnerships',
    leadClaim: 'belarus:cooperative-frameworks',
    signals: signals([
      '2 partnership|partnerships|public-private partnership|public private partnership|ppp|ppps|in partnership with|partner countries|partner states|partner nations|partner organisations|international partners|regional partners|foreign partners|strategic partners|key partners|like-minded partners|trusted partners|development partners ~partner',
      '1n partner|partnering ~partner',
      '2 international cooperation|international co-operation|international collaboration|cross-border cooperation|regional cooperation|bilateral cooperation|multilateral cooperation|global cooperation|international engagement|global engagement|regional engagement|cooperation with other countries|cooperation between states|cooperation among states|in cooperation with|in collaboration with ~cooperation',
      '1n cooperation|co-operation|cooperate|co-operate|cooperative|collaboration|collaborate|collaborative|collaboratively ~cooperation',
      '1 coordination|coordinate|co-ordination|co-ordinate ~coordination',
      '1 engagement|engage ~engagement',
      '2 work together|working together|worked together|work closely with|working closely with|join forces|joined forces ~together',
      '2 bilateral|bilaterally',
      '2 multilateral|multilaterally|multilateralism|plurilateral',
      '2 memorandum of understanding|memoranda of understanding|mou|mous|letter of intent|letters of intent|declaration of intent|joint declaration|declaration of cooperation ~mou',
      '2 cooperation agreement|cooperative agreement|framework agreement|international agreement|international agreements|bilateral agreement|multilateral agreement|agreements with|agreement with|signed an agreement|sign agreements|cooperation arrangement|arrangements with ~agreement',
      '2 treaty|treaties|accession|accede|ratify|ratification|signatory|signatories ~treaty',
      '2 budapest convention|convention on cybercrime|malabo convention|un cybercrime convention|african union convention on cyber security ~convention',
      '2 mutual legal assistance|mlat|mlats|extradition|joint investigation team|joint investigations ~mlat',
      '2 alliance|alliances|allies|ally|allied|coalition|like-minded ~alliance',
      '2 group of governmental experts|gge|open-ended working group|oewg ~un-process',
      '1 united nations|=UN|interpol|europol|nato|osce|council of europe|itu|international telecommunication union|asean|african union|organization of american states|oas|cicte|csto|shanghai cooperation organisation|brics|commonwealth of independent states|eurasian economic union|european union|=EU|enisa|global forum on cyber expertise|gfce|apcert|africacert|oic-cert|=FIRST|forum of incident response and security teams|pacific islands forum|pacson|afripol|ameripol|aseanapol|ecowas|sadc|east african community|gulf cooperation council|arab league|apec|oecd|world bank|g7|g20|commonwealth ~bodies',
      '1 international organisation|international organisations|international organization|international organizations|regional organisation|regional organisations|regional organization|regional organizations|international bodies|international body|regional bodies|regional body|global organisations|global organizations|intergovernmental|international community|regional frameworks|regional framework|international fora|international forums ~bodies',
      '2 cooperative framework|cooperation framework|framework for cooperation|frameworks for cooperation|cooperation mechanism|cooperation mechanisms|cooperation programme|cooperation programmes|cooperation platform ~framework',
      '1 joint|jointly ~joint',
      '2 public-private|public private|public and private sector|public and private sectors|public and private partners|public and private stakeholders|private sector partners|industry partners|private companies|technology companies|tech companies ~ppp',
      '1 information sharing|share information|sharing information|sharing of information|threat intelligence sharing|share threat intelligence|information exchange|exchange information|exchange of information ~sharing',
      '1 member state|member states|membership|member of|members|member countries|member economies ~member',
      '1 stakeholder|stakeholders|industry|private sector ~stakeholder',
      '0 partner in crime|partners in crime|affiliate partner|affiliate partners|criminal partners|business partners|channel partners|reseller partners|coordinated attack|coordinated attacks|coordinated campaign|coordinated inauthentic|members of staff|staff members|team members|family members ~false',
      '1 mutual assistance|mutual aid|assistance|donor|donors|neighbouring|counterpart|counterparts|with the support of|support from|funded by|sponsored by ~assistance',
      '1 network of csirts|network of certs|csirt network|cert network|csirts network|trusted introducer ~bodies',
    ]),
  },
  {
    id: 'policy',
    framework: 'belarus',
    like: 'policy',
    title: 'Effective policy implementation',
    description:
      'Policies, laws and institutions that are actually put into effect at home: strategy, legislation, regulation, incident response bodies and the protection of critical infrastructure.',
    coverHint:
      'add a section or paragraph on policy implementation, e.g. the national strategy and its action plan, legislation or regulation, a regulator, or a national CERT/CSIRT',
    sectionTitle: 'Effective policy implementation',
    leadClaim: 'belarus:robust-policies',
    signals: signals([
      '2 legislation|legislative|legislate|legislature|lawmaker|lawmakers|parliament|bill|bills|decree|decrees|executive order|executive orders ~legislation',
      '1n law|laws|legal|legally|statute|statutory ~law',
      '2 legal framework|legal frameworks|regulatory framework|regulatory frameworks|legal basis|legal and regulatory|criminal code|penal code|cybercrime law|cybercrime laws|cybercrime act|cybersecurity law|cyber security law|cybersecurity act|cyber security act|computer misuse act|data protection act|data protection law|national legislation|domestic legislation|domestic law ~legal-framework',
      '2 regulation|regulations|regulatory|regulator|regulators|regulate|regulated|supervisory authority|supervisory authorities|supervision ~regulation',
      '2 cert|certs|csirt|csirts|computer emergency response team|computer emergency response teams|computer security incident response team|computer security incident response teams|incident response team|incident response teams|computer incident response ~cert',
      '2 incident response|incident handling|incident management|incident reporting|incident notification|report incidents|respond to incidents|respond to cyber incidents|responding to cyber incidents|response to cyber incidents|reporting obligations|breach notification ~incident',
      '2 critical infrastructure|critical infrastructures|critical information infrastructure|critical information infrastructures|essential services|essential entities|operators of essential services|critical sectors|critical national infrastructure ~cii',
      '2 national strategy|cybersecurity strategy|cyber security strategy|cyber strategy|national cyber security strategy|national cybersecurity strategy|strategy implementation|national cybersecurity policy|national cyber security policy|national policy ~strategy',
      '2 action plan|action plans|implementation plan|roadmap|road map ~plan',
      '1 implementation|implement|implementing ~implement',
      '1n policy|policies ~policy',
      '1 data protection|personal data|privacy|gdpr ~privacy',
      '2 nis2|nis directive|enforcement|enforce|enforced|penalty|penalties|fines ~enforcement',
      '1 compliance|comply|audit|audits|auditing|inspection|inspections ~compliance',
      '1 standard|standards|baseline|baselines|certification|certify|accreditation|requirement|requirements|obligation|obligations|mandatory|mandate ~standards',
      '2 national cybersecurity agency|national cyber security agency|cybersecurity agency|cyber security agency|national cyber security centre|national cybersecurity centre|national cyber security center|national cybersecurity center|national centre for cybersecurity|national center for cybersecurity|national centre for cyber security|national center for cyber security|ncsc|national cybersecurity authority|national cyber security authority|cybersecurity authority|competent authority|competent authorities|national cybersecurity council|national cyber security council|cybersecurity council|lead agency|single point of contact ~institution',
      '1 governance|agency|agencies|authority|authorities|institutional|institution|institutions|national centre|national center|security operations centre|security operations center|soc|oversight|accountability|roles and responsibilities ~institution',
      '1 law enforcement|prosecution|prosecute|prosecutors|police|judiciary|investigation of cybercrime|combat cybercrime|combating cybercrime|fight against cybercrime ~enforcement-bodies',
      '1 risk management|risk assessment|risk assessments|supply chain security|vulnerability disclosure|vulnerability management|resilience|monitoring|key performance indicators|kpi|kpis|contingency plan|contingency plans|crisis management ~risk',
      '0 law firm|law firms|case law|by law|laws of physics|privacy policy|cookie policy|cookies policy|password policy|group policy|insurance policy|return policy|acceptable use policy|ministry of education|minister of education|ministry of science|ministry of higher education|department of education|children s fund|monetary fund|policy makers|policymakers|policy dialogue|policy dialogues|international law|international humanitarian law|policies and procedures|policy and procedures|security policies|security policy and procedures|firewall policy|firewall policies|access policy|access policies|access control policy|access control policies|policy enforcement|enforce policies|enforcing policies|enforce security policies|enforcing security policies|packet inspection|deep packet inspection|ssl inspection|tls inspection|traffic inspection|certification training|certification exam|certification exams|professional certification|professional certifications|applicable law|applicable laws|applicable legislation|applicable regulation|applicable regulations|required by law|permitted by law|authorised by law|authorized by law|required or permitted|permitted or required|enforce the principle|enforce least privilege|enforce mfa|enforce multi-factor|enforce multifactor|enforce strong|enforce password|enforce passwords|enforce encryption|enforce access ~false',
    ]),
  },
  {
    id: 'dialogue',
    framework: 'belarus',
    like: 'dialogue',
    title: 'Promoting dialogue and expertise',
    description:
      'Dialogue and the exchange of knowledge among states, experts and industry: conferences, forums, consultations, shared best practices and confidence-building measures.',
    coverHint:
      'add a section or paragraph on dialogue and expertise, e.g. conferences, forums or roundtables, exchange of best practices, expert networks, or confidence-building measures',
    sectionTitle: 'Promoting dialogue and expertise',
    leadClaim: 'belarus:dialogue-events',
    signals: signals([
      '2 dialogue|dialogues|dialog|dialogs|policy dialogue|cyber dialogue|strategic dialogue ~dialogue',
      '2 conference|conferences|forum|forums|fora|summit|summits|roundtable|roundtables|round table|round tables|seminar|seminars|workshop|workshops|symposium|symposia|symposiums|webinar|webinars|congress|colloquium|side event|side events|expert meeting|expert meetings|high-level meeting|ministerial meeting|panel discussion|panel discussions ~event',
      '2 best practice|best practices|good practice|good practices|lessons learned|lessons learnt|share lessons|exchange of practices|knowledge exchange|exchange of knowledge|knowledge sharing|share knowledge|sharing knowledge|sharing of knowledge|exchange of expertise|exchange of experience|exchange experiences|exchanged experiences|experience sharing|share experience|share experiences|share expertise|sharing expertise|peer learning|peer review|peer-to-peer|knowledge transfer|twinning|exchange of ideas|exchange ideas|share ideas ~practice',
      '2 confidence-building|confidence building|cbm|cbms|transparency measures|points of contact|point of contact|hotline|hotlines ~cbm',
      '2 consultation|consultations|consult|exchange of views|exchanged views|exchange views|track 1.5|track 2|track ii|diplomacy|diplomatic|diplomats|cyber diplomacy ~consultation',
      '1 discussion|discussions|discuss|discussed|debate|debates|deliberation|conversation|conversations|meeting|meetings|gathering|gatherings|panel|panels|talks|met ~discussion',
      '1n expert|experts|expertise|specialists|practitioners|policymakers|policy makers|think tank|think tanks|academia|civil society ~expert',
      '1 norms|norm|responsible state behaviour|responsible state behavior|responsible behaviour in cyberspace|mutual understanding|common understanding|shared understanding|trust|confidence ~norms',
      '2 network of experts|networks of experts|expert network|expert networks|experts network|pool of experts|roster of experts|contact network|trusted contact network|community of experts ~expert-network',
      '1 multi-stakeholder|multistakeholder|multi stakeholder|stakeholder engagement|outreach|community of practice|communities of practice|working group|working groups|platform|platforms|group of governmental experts|gge|open-ended working group|oewg ~network',
      '1 host|hosts|hosted|hosting|co-host|co-hosted|co-hosting|co-organised|co-organized|co-organise|co-organize|convene|convenes|convened|participate|participated|participating|participation|participants|delegation|delegations|attendees|speakers|keynote|panellists|panelists ~host',
      '0 dark web forum|dark web forums|criminal forum|criminal forums|hacker forum|hacker forums|underground forum|underground forums|forum shopping|medical conference|sales conference|conference call|conference calls|zero trust|trusted platform|web host|hosting provider|hosting providers|hosted on|host machine|host name|hostname|diplomatic immunity|host firewall|host firewalls|host-based|smart speakers|solar panel|solar panels|control panel|admin panel|employer panel|selection panel|placements hosted|meet the deadline|meet the deadlines|meet deadlines|meet the requirements|meet requirements|meet the standard|meet the standards|meet their obligations|awareness workshop|awareness workshops|awareness seminar|awareness seminars|awareness session|awareness sessions|training workshop|training workshops|training seminar|training seminars|bidders conference|bidders conferences|pre-bid conference|pre-bid meeting ~false',
    ]),
  },
  {
    id: 'education',
    framework: 'belarus',
    like: 'education',
    title: 'Cybersecurity education and research',
    description:
      'Education, training and research that build a skilled cybersecurity workforce: universities, curricula, skills programmes, research centres and awareness.',
    coverHint:
      'add a section or paragraph on education and research, e.g. university curricula and degrees, training and skills programmes, workforce development, capacity building, or research centres',
    sectionTitle: 'Cybersecurity education and research',
    leadClaim: 'belarus:skilled-workforce',
    signals: signals([
      '2 education|educational|educate|educating|educator|educators ~education',
      '2 university|universities|college|colleges|academy|academies|school|schools|faculty|faculties ~university',
      '2 curriculum|curricula|curriculums|degree|degrees|bachelor|bachelors|master|masters|msc|bsc|=MA|phd|doctoral|postgraduate|undergraduate|diploma|syllabus|training course|training courses|online courses|course|courses|study programme|degree programme ~curriculum',
      '1 module|modules|lecture|lectures|classroom|classrooms|e-learning|coursework|semester ~curriculum',
      '2 training|trainings|train|trained|trainee|trainees|trainer|trainers|bootcamp|bootcamps|apprenticeship|apprenticeships|internship|internships|upskilling|upskill|reskilling|reskill|cyber range|cyber ranges|professional development|training workshop|training workshops|training seminar|training seminars ~training',
      '2 skill|skills|skilled|workforce|talent|talents|talent pool|human capital|skills gap|skills shortage|pipeline of|human resources development ~skills',
      '2 capacity building|capacity-building|build capacity|building capacity|capacity development|develop capacity|strengthen capacity|build capacities|capacity-development ~capacity',
      '1 capability|capabilities|competence|competences|competency|competencies ~capability',
      '2 research|researchers|researcher|r&d|research and development|scientific|science|sciences|laboratory|laboratories|research centre|research center|research institute|research institutes ~research',
      '1 innovation|innovate|academic|academics|scholarship|scholarships|fellowship|fellowships|grant|grants|student|students|teacher|teachers|teaching|pupil|pupils|learning|learn|graduate|graduates|learners ~learning',
      '2 awareness campaign|awareness campaigns|awareness programme|awareness programmes|awareness-raising|awareness raising|raise awareness|raising awareness|public awareness|security awareness|awareness training|awareness month|awareness workshop|awareness workshops|awareness seminar|awareness seminars|awareness session|awareness sessions|cyber hygiene|digital literacy ~awareness',
      '1n awareness|literacy ~awareness',
      '1 professional|professionals|expert pool|pool of experts|certifications|qualification|qualifications|exercise|exercises|drill|drills|olympiad|competition|competitions|hackathon|hackathons|ctf|capture the flag ~professional',
      '0 training data|training set|training sets|model training|research shows|research suggests|school of thought|old school|phishing campaign|malware campaign|attack campaign|computer science|information technology|degree in|or related field|related field|years of experience|years experience|or equivalent|of course|in the course of|course of action|due course|over the course|kernel module|software module|offensive capabilities|offensive cyber capabilities|attack capabilities|threat actor capabilities|ministry of education|minister of education|ministry of science|department of education|exercise of|exercise its ~false',
    ]),
  },
];

/** A built-in pillar by id. */
export function pillar(id: PillarId): Pillar {
  return PILLARS.find((candidate) => candidate.id === id)!;
}
