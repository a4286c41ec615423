/**
 * Genres: what a block or a section reads as, whatever its words: a job description, a course page, a list of names
 * or of a strategy's objectives, an incident review, a meeting's agenda, a post's own page, a company's page; and a
 * block that stands for a heading (a label) or text still to be written (a placeholder). A genre decides which of a
 * block's signals speak for a pillar (`evidenceSignals` in `weights.ts`).
 */
import { INTERNATIONAL_ORDER } from './cues.js';

/**
 * Words of a job description: in a block that has them, its duties and requirements ("the
 * analyst implements incident response procedures", "candidates need a bachelor's degree", "strong
 * problem-solving skills", "excellent written communication") say what a post asks, not what a country or its
 * institutions do, teach or research.
 */
const JOB =
  /\b(?:job descriptions?|job adverts?|job postings?|job summary|job title|job requirements|job specifications?|job vacanc(?:y|ies)|vacancy (?:notice|announcement)|current vacancies|(?:the|successful|ideal|suitable|qualified) candidates?(?!\s+(?:countr|states?\b|members?\b))|(?:candidates|applicants) (?:need|must|should|will)|about the role|about the (?:position|post|job)|job purpose|purpose of the job|in this role|this role|the role (?:ensures|involves|requires|includes|is responsible)|^\s*reports to(?=:)|the role holder|this position|the position holder|we are looking for (?!(?:young |new |more |fresh )?talents?\b|ways\b|partners\b)|we are seeking (?:an? |to recruit )|position title(?=:)|(?:objectives?|purpose) of the (?:role|position|post)|^\s*reporting to(?=:)|responsibilities (?:include|are)|duties (?:include|are)|(?:primary|main) responsibilit(?:y|ies) of the (?:[a-z]+ ){0,3}(?:analyst|engineer|officer|manager|specialist|role|post|position)|reports? to the (?:ciso|cio|head of)|typical (?:education|experience|salary)|key certifications|duties and responsibilities|key responsibilities|key accountabilities|accountabilities and deliverables|person(?:al)? specifications?|requirements of the role|your (?:new )?role|your (?:daily |main )?tasks (?:will )?include|day-to-day,? your tasks|years(?:['’])? (?:of )?(?:relevant )?experience|(?:minimum|preferred|required|desired) qualifications|employer types?|closing date for applications|(?:other )?duties as (?:may be )?assigned|or equivalent qualifications?|dienstverband|vacatures?|functieomschrijving|functie-eisen|solliciteren|sollicitatie|excellent (?:written|verbal|oral|communication|interpersonal)|(?:strong|proven|excellent) (?:problem-solving|leadership|analytical|communication|organisational|organizational) skills|familiarity with)\b/i;

/**
 * Words of a service's notice to its customers: in a block that has them, law, regulation and
 * requirements are what the service abides by with "your personal information", not public policy.
 */
const CUSTOMER_NOTICE =
  /\b(?:your (?:personal )?(?:information|data)|your consent|your privacy|we (?:collect|retain|process|disclose|store) (?:your|personal|the information)|we are committed to (?:the |your )?privacy|our (?:[a-z-]+ )?privacy (?:policy|policies|notice|statement))\b/i;

/** Whether the block (or sentence) belongs to a job description (`JOB`) or a customer notice (`CUSTOMER_NOTICE`). */
export function isJobDescription(prose: string): boolean {
  return JOB.test(prose) || JOB_HEADING.test(prose) || CUSTOMER_NOTICE.test(prose);
}

/**
 * A job advert's section headings and terms, alone on their line: "Qualifications", "Requirements:", "Job Purpose",
 * "Full Time", "Direct Reports".
 */
const JOB_HEADING =
  /^\s*(?:qualifications?|requirements|job purpose|role purpose|role overview|position summary|job overview|about the role|the role|your profile|your new role|your role|who you are|what you will do|what you bring|what we offer|how to apply|full[- ]time|part[- ]time|direct reports|permanent contract|fixed[- ]term contract)\s*:?\s*$/i;

/**
 * Words of a course's outline: in a section that has them, policy words are what graduates learn
 * ("Graduates will be able to: … implement data protection and incident response"), not policy put
 * into effect.
 */
const COURSE =
  /\b(?:learning outcomes|graduates will|students will|learners will|participants will learn|you will (?:learn|study|gain|develop|be able to)|by the end of (?:the|this) (?:course|programme|program|module)|on (?:successful )?completion of (?:the|this) (?:course|programme|program|module)|course (?:content|structure|outline|overview|description)|programme structure|program structure|what you will learn|entry requirements|tuition fees?)\b/i;

/** What a section reads as, as bits: a job description's (`GENRE_JOB`), a course outline's (`GENRE_COURSE`). */
export const GENRE_JOB = 1;
export const GENRE_COURSE = 2;
/** A block that is a line of a list of names (a strategy's task list): its words name, they say nothing. */
export const GENRE_NAMES = 4;
/**
 * A list of names that a strategy sets out as its objectives, pillars or priorities (`OBJECTIVES_CUE` in its heading or
 * the line that leads into it): each line names what the strategy commits to.
 */
export const GENRE_OBJECTIVES = 8;

/** Words that introduce a strategy's objectives, pillars or priorities, in the languages the vocabulary reads. */
const OBJECTIVES_CUE =
  /(?<![\p{L}])(?:objectives?|goals?|pillars?|priorities|priority areas|strategic (?:areas|axes|lines|directions|guidelines)|axes|action lines|lines of action|focus areas|key areas|aims|objetivos?|pilares?|ejes?|eixos?|prioridades|lignes? d'action|objectifs?|piliers?|axes stratégiques|orientations stratégiques|ziele)(?![\p{L}])/iu;

/**
 * A sentence that leads into its own list with an objectives cue: "It revolves around five main strategic axes: …",
 * "The strategy identifies five objectives, including …".
 */
const INLINE_OBJECTIVES = new RegExp(
  `(?:${OBJECTIVES_CUE.source}|(?<![\\p{L}])(?:primary |main |overall )?purposes?(?![\\p{L}]))[^.:;!?\\n]{0,60}?(?::|(?<![\\p{L}])(?:namely|are|include|includes|including|as follows|is to|are to|comprend|incluye|incluem|sont|son|são)(?![\\p{L}]))`,
  'iu',
);
/** A list's lead word before a semicolon that stands for a colon: "… six main pillars including;". */
const LEAD_SEMICOLON = /(?<![\p{L}])(?:including|include|includes|namely|are|as follows)\s*;\s*$/iu;

/** The text after the last full stop, colon or semicolon before the end of `text`, less a trailing semicolon. */
function lastClause(text: string): string {
  const body = text.replace(/;\s*$/, '');
  return body.slice(Math.max(body.lastIndexOf('. '), body.lastIndexOf(': '), body.lastIndexOf('; ')) + 1);
}

/** A strategy or a policy named, whose objectives a sentence may list (`inlineObjectivesBefore`). */
const STRATEGY_NAMED =
  /(?<![\p{L}])(?:strateg(?:y|ies|ic)|estrat[eé]gi(?:a|as|co|ca)|strat[ée]gi(?:e|que|ques)|policy|pol[ií]tica|politique|action plan|plan d['’]action|plan de acci[oó]n)(?![\p{L}])/iu;
/** A meeting or a course, whose objectives are its own, not a strategy's. */
const EVENT_WORDS =
  'workshop|conference|meeting|seminar|forum|course|training|session|summit|dialogue|visit|consultation|webinar|symposium|event|exercise|drill|mission|atelier|taller|reuni[oó]n|curso';
const EVENT_OBJECTIVES = new RegExp(`(?<![\\p{L}])(?:${EVENT_WORDS}|project|programme|program)s?(?![\\p{L}])`, 'iu');

/**
 * Whether a strategy's objectives are told inline before `offset` in `sentence` (of a block, `prose`, that names a
 * strategy or a policy): each item of such a list names what the strategy commits to, as a list of objectives' lines
 * does (`GENRE_OBJECTIVES`). Not a meeting's, a course's or a project's objectives.
 */
export function inlineObjectivesBefore(prose: string, sentence: string, offset: number, at: number): boolean {
  // `at`: where the sentence starts in `prose`, for a lead that ends the clause before it.
  let before = sentence.slice(0, offset);
  // A lead ended by a semicolon where a colon was meant ("anchored on six main pillars including; the establishment
  // of …"): the clause before it leads in.
  if (at > 0 && LEAD_SEMICOLON.test(prose.slice(Math.max(0, at - 120), at)))
    before = `${lastClause(prose.slice(Math.max(0, at - 200), at))}: ${before}`;
  const lead = INLINE_OBJECTIVES.exec(before);
  if (!lead) return false;
  if (EVENT_OBJECTIVES.test(before.slice(0, lead.index + lead[0].length))) return false;
  return STRATEGY_NAMED.test(prose);
}

/**
 * Whether the line before a list of long items leads into a strategy's objectives ("Outlines four strategic
 * objectives:", "Strategy Objectives"): it names objectives and a strategy, and no meeting's or course's.
 */
export function leadsIntoStrategyObjectives(line: string): boolean {
  // A long paragraph leads in by its last sentence ("… The strategy is based on 3 strategic guidelines:").
  const lead = line.length <= LEAD_LENGTH ? line : line.endsWith(':') ? lastSentence(line) : '';
  return (
    lead.length <= LEAD_LENGTH && OBJECTIVES_CUE.test(lead) && STRATEGY_NAMED.test(lead) && !EVENT_OBJECTIVES.test(lead)
  );
}

/** The longest line that leads into a list as a whole. */
const LEAD_LENGTH = 200;

/** The text after the last full stop of `text` followed by white space (all of it when it has none). */
function lastSentence(text: string): string {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('.\n'));
  return stop < 0 ? text : text.slice(stop + 2);
}

/** Whether a heading, or the line before a list, introduces a strategy's objectives, pillars or priorities. */
export function introducesObjectives(text: string): boolean {
  if (!OBJECTIVES_CUE.test(text)) return false;
  // An event's own aims ("The objective of the consultation is to get the views of …") lead into no strategy's
  // objectives, unless a strategy's are named too.
  const cues = text.match(OBJECTIVES_CUE_ALL)?.length ?? 0;
  const events = text.match(EVENT_AIM)?.length ?? 0;
  return cues > events;
}

/** Every objectives cue (`OBJECTIVES_CUE`), to count them. */
const OBJECTIVES_CUE_ALL = new RegExp(OBJECTIVES_CUE.source, 'giu');
/** An event's own aims: "the objective of the consultation", "the workshop's objectives". */
const EVENT_AIM = new RegExp(
  `(?:${OBJECTIVES_CUE.source})\\s+of\\s+(?:the|this|that|each)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_WORDS})s?(?![\\p{L}])|(?:${EVENT_WORDS})s?['’]s?\\s+(?:main\\s+|key\\s+)?(?:${OBJECTIVES_CUE.source})`,
  'giu',
);

/**
 * An organisation's review of an incident it suffered (`GENRE_INCIDENT`): its partners, the report it filed with the
 * national CERT and its staff training tell what happened to it, not a country's partnerships, policy or education.
 */
export const GENRE_INCIDENT = 16;
const INCIDENT_REVIEW =
  /\b(?:post-incident review|post incident review|post-mortem|postmortem|blameless (?:review|retrospective)|incident retrospective|SEV-?[0-4]\b)/i;

/**
 * A meeting's programme (`GENRE_AGENDA`): a table of times and sessions, or a section headed "Agenda". Its sessions'
 * titles are what will be talked about ("Public–private partnerships in threat intelligence sharing"), not what is
 * done: no partnership, policy or education of anyone's (the meeting itself is dialogue).
 */
export const GENRE_AGENDA = 32;
const AGENDA =
  /\|\s*(?:time|date)\s*\|\s*(?:session|topic|item|title|programme|program)s?\s*\||^\s*(?:draft |provisional )?agenda\s*:?\s*$/im;

/**
 * A post advertised (`GENRE_POST`): a job description's own words ("Key Responsibilities", "the successful
 * candidate", "years of experience"), not those a mandate or a call for applicants shares with it ("whose
 * responsibilities include", "applicants must"). A post's collaboration with stakeholders is a duty, no partnership.
 */
export const GENRE_POST = 64;
const JOB_SHARED =
  /\b(?:responsibilities (?:include|are)|duties (?:include|are)|(?:candidates|applicants) (?:need|must|should|will))\b/gi;

/**
 * A company's own page (`GENRE_COMPANY`): a vendor's page about its product or service ("SOC24 key benefits",
 * "response scenarios developed in collaboration with you as a customer", "request a demo", a product's name marked
 * twice as a trade mark), news of a company's deals ("a Series B funding round", "a takeover bid at 12 cents per
 * share", "this acquisition") or its privacy notice ("this Data Protection Statement", "the personal data you enter in
 * our CV database", a heading "Privacy Policy" alone or with the company's name, "protecting your privacy", "this
 * policy applies solely to our VPN services", "person responsible for processing"), or a service's offer ("remote
 * assistance or, at your discretion, on-site support"). Its policies, partners and training are the company's, no
 * country's: the whole draft reads so (`contextGenres`), its other sections too.
 */
export const GENRE_COMPANY = 128;
const COMPANY_PAGE =
  /™[^]{0,400}?™|\b(?:key benefits|as a customer|request a (?:demo|quote|free trial)|book a demo|free trial|contact (?:our )?sales|pricing plans?|add to cart|buy now|managed (?:firewall|security) services?|series [a-d] (?:round|funding)|funding round|seed round|led the round|takeover bid|per share|shares (?:were|have been|had been) suspended|this acquisition|the transaction|(?:this|our) (?:privacy|data protection) (?:notice|statement|policy)|data protection statement|privacy notice|your personal data|personal data you (?:enter|provide|submit|give)|(?:this|our) policy explains how we|protecting your privacy|at your discretion|^\s*(?:privacy|cookie) (?:policy|notice|statement)\s*$|^\s*(?:privacy|cookies?) (?:policy|notice|statement)\s+[-–—:|]|person responsible for (?:the )?processing|this policy applies (?:solely |only )?to our|what data (?:our|do we)|how we (?:process|use) (?:your|the) data|we (?:do not|don['’]t) (?:collect|log|sell)|provide you (?:with )?our (?:products|services)|(?:general|our) privacy policy|(?:our|the) cookies? policy)\b/i;

/**
 * An organisation's notice of an incident it suffered, to the people it serves ("We are responding to a cybersecurity
 * incident involving unauthorised access to our ICT systems", "Has my data been accessed?", "the incident which
 * affected our systems", "customers who may have been affected"): the national CERT it works with and the plans
 * activated are its own incident's, no country's policy or partnership; read as a company's page.
 */
const BREACH_NOTICE =
  /\b(?:(?:we are|we're|we have been) (?:currently |actively )?(?:responding to|investigating|dealing with|managing) (?:a|an) (?:[\p{L}-]+ ){0,2}(?:incident|attack|breach)|unauthori[sz]ed access to (?:our|some of our|certain of our) (?:[\p{L}-]+ ){0,2}(?:systems|networks?|servers|data)|(?:has|have|was|were) my (?:personal )?(?:data|information|details) (?:been )?(?:accessed|affected|compromised|stolen|taken)|(?:notice|notification) of (?:a )?(?:data|security|privacy|cyber ?security|cyber) (?:breach|incident)|(?:affected|impacted|disrupted|compromised) our (?:[\p{L}-]+ ){0,2}(?:systems|networks?|servers|services)|(?:servers|systems) used by us|(?:customers|clients|patients|individuals) (?:who )?may have been (?:affected|impacted))/iu;

/**
 * Words one of `BREACH_NOTICE`'s phrases holds, in lower case, looked for first: most blocks have none, and the pattern
 * has no literal start to skip ahead by.
 */
const BREACH_WORDS = [
  'our ',
  'used by us',
  ' my ',
  'notice of',
  'notification of',
  'may have been',
  'unauthori',
  'responding to',
  'investigating',
  'dealing with',
  'managing',
];

/** Whether the block reads as an organisation's notice of its own incident (`BREACH_NOTICE`). */
function isBreachNotice(prose: string): boolean {
  const lower = prose.toLowerCase();
  return BREACH_WORDS.some((word) => lower.includes(word)) && BREACH_NOTICE.test(prose);
}

export function genreOf(prose: string): number {
  const job = isJobDescription(prose);
  return (
    (job ? GENRE_JOB : 0) |
    (job && (JOB.test(prose.replace(JOB_SHARED, ' ')) || JOB_HEADING.test(prose)) ? GENRE_POST : 0) |
    (COURSE.test(prose) ? GENRE_COURSE : 0) |
    (INCIDENT_REVIEW.test(prose) ? GENRE_INCIDENT : 0) |
    (AGENDA.test(prose) ? GENRE_AGENDA : 0) |
    (COMPANY_PAGE.test(prose) || isBreachNotice(prose) ? GENRE_COMPANY : 0)
  );
}

/** Whether the sentence is about the international order (`INTERNATIONAL_ORDER`). */
export function aboutInternationalOrder(sentence: string): boolean {
  return INTERNATIONAL_ORDER.test(sentence);
}

/**
 * A block that stands for a heading: a short line with no closing punctuation, such as a list item
 * "3. National and International Cooperation and Integration" or a bold "**Capacity building**",
 * over the text it introduces.
 */
export function isLabel(prose: string): boolean {
  const line = prose.trim();
  if (!line || /[\r\n]/.test(line) || /[.,;!?]$/.test(line)) return false;
  let words = 0;
  for (const _ of line.matchAll(/[\p{L}\p{N}]+/gu)) if (++words > 10) return false;
  return words > 0;
}

/**
 * Text the tool inserts for the writer to replace (a section skeleton's prompt) or that says the
 * text is still to come: never evidence, whatever words it holds.
 */
const PLACEHOLDER =
  /^\s*(?:describe how this draft addresses\b|(?:todo|tbd|tbc|tk|placeholder)\b|\[(?:todo|tbd|placeholder)\b|to be (?:written|drafted|completed|added)\b)/i;

export function isPlaceholder(prose: string): boolean {
  return PLACEHOLDER.test(prose);
}
