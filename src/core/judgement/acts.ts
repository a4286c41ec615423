/**
 * Acts: the words that make a sentence tell of something done for a pillar, not only named or aimed at: dialogue held
 * (a meeting convened, attended, opened), a partnership entered into (signed, joined, funded, done with a partner),
 * policy put into effect (a strategy adopted, a law in force, a body set up or at work), education given (a course
 * held, people trained); in English and in the other languages of the vocabulary.
 */
import { DEFERRAL, statesAim } from './aims.js';
import { REGION_NAMES } from './countries.js';

/**
 * Words that make a sentence an act of dialogue, something held, opened, attended or exchanged ("ECOWAS
 * co-organised the regional conference", "officially opened a two-day symposium", "bringing ministers, regulators
 * and CERT leaders together", "the MoU will enable both countries to share knowledge",
 * "by encouraging the exchange of best practices among supervisors"), or a draft put to the public ("the draft policy
 * is made available for a first round of consultations", "invites organisations and individuals to provide feedback"),
 * something said at a meeting on its day ("at the regional health and security conference on November 11"), or good
 * practices shared or compared ("members develop and share tools and best practices"), or exchanges a project
 * facilitated ("facilitating expert peer exchanges across the region"), not an aim to promote it.
 */
const ACT =
  /\b(?:held|hold(?:s|ing)?|took place|takes place|host(?:s|ed|ing)?|co-host(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|co-organi[sz](?:e|es|ed|ing)|convened?|convening|took part|take[sn]? part|taking part|attend(?:s|ed|ing)?|participat(?:e|es|ed|ing) (?:\p{L}+ly )?(?:in|at)|in (?:close )?consultation with|(?:delivered|made|gave) (?:a|an|the|its) (?:[\p{L}-]+ ){0,2}statement (?:at|before|to|in)|met (?:with|in|at|during|on the (?:sidelines|margins))|(?:brought|brings|bringing) together|(?:brought|brings|bringing)\s+(?:[\p{L}’'-]+,?\s+){1,8}together\b|(?:officially\s+)?open(?:ed|s)\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:symposium|conference|forum|workshop|summit|seminar|dialogue|meeting)|gathered|gathers|(?:speaking|spoke|speaks|addressing|addressed|addresses)\s+(?:(?:at|to)\s+)?(?:the|a|an|this|its)\s+(?:[\p{L}\p{N}’'-]+\s+){0,8}?(?:workshop|conference|forum|summit|seminar|dialogue|meeting|symposium|roundtable)|conduct(?:ed|ing|s)?\s+(?:a|an|the|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:conference|forum|summit|seminar|dialogue|symposium|roundtable|webinar|consultations?|meetings?|workshops?)|(?:runs|ran) (?:an? |the )?(?:annual |yearly |regular )?(?:international |regional )?(?:conference|forum|summit|workshop|seminar|dialogue|symposium)|joined|shared|exchanged|facilitat(?:ed|ing)\s+(?:[\p{L}-]+\s+){0,4}?(?:exchanges|dialogues?|consultations|meetings)|(?:launched|founded|started|set up|established|created)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:forums?|dialogues?|working groups?|platforms?|conferences?|roundtables?)|concluded\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}(?:dialogues?|consultations?|talks|meetings?|conferences?|forums?|summits?|rounds?)|(?:concluded|ended|closed|opened|kicked off|wrapped up)\s+(?:in|at|on|over|with|yesterday|today|last|this)\b|(?:officially\s+)?(?:closing|opening)\s+(?:the|a|an|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:forum|conference|summit|workshop|seminar|dialogue|symposium|meeting)|members? of (?:[\p{L}-]+\s+){0,3}(?:forums?|fora|working groups?|dialogues?)|(?:named|designated|appointed|nominated) (?:a|an|its|their|the) (?:national )?points? of contact|(?:exchanges?|sharing|exchanging) of (?:best |good )?(?:practices?|experiences?|expertise|knowledge|views|ideas|lessons)|(?:to|will|let|lets|can)\s+(?:[\p{L}-]+\s+){0,4}(?:share|exchange)|(?:made\s+(?:[\p{L}-]+\s+){0,6}available|opened|open|put (?:out|forward))\s+(?:[\p{L}-]+\s+){0,2}for\s+(?:[\p{L}-]+\s+){0,3}(?:consultations?|comments?|feedback)|invit(?:e|es|ed|ing)\s+(?:public\s+)?(?:comments|feedback|submissions|input|views)\b|meets?\s+(?:regularly|twice a year|once a year|annually|every (?:year|month|quarter)|each (?:year|month|quarter)|monthly|quarterly)|invit(?:e|es|ed|ing)\s+(?:[\p{L},-]+\s+){0,10}(?:to\s+)?(?:[\p{L}-]+\s+(?:and\s+)?){0,2}(?:provide|give|submit|send|share)\s+(?:their\s+)?(?:feedback|comments|views|input|submissions)|(?:at|during)\s+(?:the\s+)?(?:[\p{L}\p{N}’'&()-]+,?\s+){0,8}?(?:conference|forum|summit|workshop|seminar|symposium|dialogue|meeting|roundtable|congress)\s+(?:on|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b)|(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|compar(?:e|es|ed))\s+(?:[\p{L},-]+\s+){0,8}?(?:best|good)\s+practices)\b/iu;

/**
 * Words that make a sentence an act of partnership, an agreement entered into or a body joined
 * ("has signed a cybersecurity agreement with Morocco", "became an operational member of APCERT",
 * "led to the forging of partnerships"), or something done in partnership with others ("the ministry,
 * in partnership with the governments of …, launched a project", "the regulator collaborated with UNDP", "the agency,
 * in collaboration with international technical organisations, has worked on drafting a law", "the CERT works in
 * cooperation with the government, ISPs and security companies").
 */
const PARTNER_ACT =
  /\b(?:sign(?:s|ed|ing)?|co-sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|enter(?:s|ed)? into|ratif(?:y|ies|ied|ying)|acced(?:e|es|ed|ing) to|join(?:s|ed|ing)?|(?:founded|launched|set up|established|created)\b[^.;]{0,60}?\bwith (?:[a-z]+ )?partners\b|became (?:a |an )?(?:full |operational |founding )?member|renew(?:s|ed|ing)?|co-found(?:s|ed|ing)?|(?:co-)?fund(?:s|ed)|(?:co-)?financ(?:es|ed)|help(?:s|ed)? (?:to )?(?:co-)?fund|partner(?:s|ed)? with|teamed up|(?:bolster|strengthen|deepen|expand|enhanc|reinforc|intensifi|broaden|widen)(?:ed|s)? (?:its |their |our |the )?(?:[a-z-]+ )?(?:cooperation|co-operation|collaboration|partnerships?|ties) with|stepped up (?:its |their |our )?(?:[a-z-]+ )?(?:cooperation|co-operation|collaboration) with|agree(?:d|s)? to (?:[a-z-]+ ){0,2}(?:cooperat[a-z]*|co-operat[a-z]*|collaborat[a-z]*|work (?:together|closely)|partner|deepen|strengthen|expand|enhance|boost|step up)|forg(?:ed|ing)|(?:collaborat|cooperat|co-operat)ed with|maintain(?:s|ed|ing)? (?:a |an )?(?:close |strong |regular |active )?(?:cooperation|co-operation|collaboration|partnerships?) with|worked (?:closely )?with|(?:work(?:s|ing)?|cooperat(?:e|es|ing)|co-operat(?:e|es|ing)|collaborat(?:e|es|ing)|engag(?:e|es|ing)) (?:closely )?with (?:(?:the|its|our|their) )?(?:(?:other|foreign|neighbouring|neighboring|partner|like-minded) (?:countries|states|nations|governments)|private sector|industry|allies|international (?:partners|organi[sz]ations|community))|(?:launch(?:ed|es)|host(?:ed|s)|co-host(?:ed|s)|organi[sz]ed|co-organi[sz]ed|founded|set up|implemented|delivered|conducted|carried out|initiated|started|developed|built|created|established|drafted|prepared|designed|led|run|managed|operated)\b[^.;]{0,80}?\bin (?:close )?(?:partnership|cooperation|collaboration) with|in (?:close )?(?:partnership|cooperation|collaboration) with\b[^.;]{0,120}?\b(?:launch(?:ed|es)|host(?:ed|s)|organi[sz]ed|co-organi[sz]ed|founded|set up|implemented|delivered|conducted|carried out|initiated|started|developed|built|created|established|drafted|prepared|designed|worked on)|work(?:s|ed|ing)? (?:closely |together )?in (?:close )?(?:partnership|cooperation|collaboration) with|works closely with|(?:organi[sz]ed|held|hosted|run|launched|implemented|delivered|conducted|developed|funded) jointly (?:with|by)|jointly (?:organi[sz]ed|hosted|run|implemented|delivered|conducted|developed|funded) (?:with|by)|(?:collaborative|joint|cooperative) (?:effort|initiative|undertaking|venture) (?:of|between|by|with)|(?:brought in|roped in|signed up|named|chose|selected|appointed|welcom(?:e|es|ed|ing)|added)\b[^.;]{0,80}?\bas (?:[a-z'’-]+ ){0,4}?partners?)\b/i;

/**
 * Words that make a sentence an act of policy put into effect: a strategy, plan or law adopted
 * ("Cabinet approved the national cybersecurity strategy", "the Government endorsed it", "this led to the development
 * of the first national strategy", "the Act entered into force", "the Act repeals the Computer
 * Misuse Act and provides for a committee"), or one being made or a body stood up ("a committee has been tasked with
 * formulating the national strategy", "working towards the creation of a strategy", "stood up a response team").
 */
const POLICY_ACT =
  /\b(?:adopt(?:s|ed)?|approv(?:e|es|ed)|endors(?:e|es|ed)|(?:led to|resulted in|culminated in) the (?:development|adoption|creation|establishment|launch|publication|enactment|approval) of|repeal(?:s|ed)?|provides? for|launch(?:es|ed)?|enact(?:s|ed)?|pass(?:es|ed)|review(?:ed|ing)|revis(?:ed|ing)|(?:review|revision|update|refresh) of the|updating the|(?:must|shall|are required to|is required to|are obliged to|is obliged to) (?:now )?(?:report|notify|comply|register|appoint|meet|implement)|under (?:the|a|its|this) (?:new |revised |amended )?(?:decree|law|act|regulation|directive|code)\b|updat(?:es|ed) (?:its|their|the|our) |(?:has|have|had) developed|developed (?:a|an|its|their|the|our) |invest(?:s|ed|ing)|earmark(?:s|ed)|amend(?:s|ed|ing)|(?:entered|enters|came|comes) into (?:force|effect)|validat(?:e|es|ed)|promulgat(?:e|es|ed)|sign(?:s|ed)? into law|unveil(?:s|ed)?|announc(?:e|es|ed)|releas(?:e|es|ed)|publish(?:es|ed)|issu(?:e|es|ed)|present(?:s|ed)|submit(?:s|ted)|rolled out|put in place|(?:is|are|was|were|has been|have been) in (?:place|force)|sets? out|lays? down|establishes|defines|strengthens|introduces|contains|comprises|st(?:and|ands|ood|anding) up|tasked with (?:formulating|drafting|developing|preparing|elaborating|designing|writing)|work(?:s|ed|ing)? (?:towards|on) (?:the )?(?:creation|development|drafting|formulation|elaboration|preparation) of|(?:is|are|was|were|has been|have been) (?:currently |now )?(?:formulating|drafting|developing|preparing|finali[sz]ing|elaborating|implementing))\b/i;

/**
 * Words that make a sentence an act of setting up a body that puts policy into effect: a CERT or an agency
 * established, created or made operational ("We have set up a Computer Emergency Response Team", "the national
 * cybersecurity agency has been operational since Monday"), or one the country now has ("now has a National Cyber
 * Security Centre to protect its networks").
 */
const BODY_ACT_BEFORE =
  /\b(?:set(?:s|ting)? up|st(?:and|ands|ood|anding) up|now (?:has|have)|(?:has|have) (?:now )?developed|establish(?:es|ed|ing)?|establishment of|creat(?:e|es|ed|ing)|creation of|launch(?:es|ed)?|inaugurat(?:e|es|ed)|operationali[sz](?:e|es|ed)|designat(?:e|es|ed)|création|creación|criação|créée?s?|creó|criou|mise en place|cread[oa]|criad[oa]|créé|gegründet|eingerichtet)\s+(?:(?!(?:between|with|among|amongst|within|across|through)\s)[\p{L}\p{N}’'-]+\s+){0,6}$/iu;
/**
 * Before the body's name, the body said to be the country's own: "CERT Tonga is the National Computer Emergency
 * Response Team", "designated as the national CSIRT".
 */
const BODY_NAMED_NATIONAL = /\b(?:is|as)\s+(?:the|its)\s+(?:official\s+|designated\s+|sole\s+)?national\s+$/iu;
/** The same in apposition, the country named after it: "KrCERT/CC, the national CERT of Korea". */
const BODY_NAMED_NATIONAL_OF = /,\s+the\s+national\s+$/iu;
/** What must follow the name in apposition: the country it is for ("… of Korea"), not a list going on. */
const OF_COUNTRY = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;
/**
 * After the body's name (and the place a name may end with, "… Team Hong Kong"): "… (CERT) was created by decree",
 * "… has been operational since Monday", "… which was established in June 2018", "… was formed and commenced its
 * services".
 */
const BODY_ACT_AFTER =
  /^(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,4})?,?\s+(?:(?:which|that)\s+)?(?:(?:has|have|had|was|were|is|are|fue|foi|a été|wurde)\s+)?(?:(?:been|now|recently|officially|formally|fully|already)\s+){0,2}(?:set up|setup|established|created|formed|launched|inaugurated|commissioned|operationali[sz]ed|operational|designated|commenced (?:its )?(?:services|operations)|ins Leben gerufen|gegründet|eingerichtet|geschaffen|cread[oa]|criad[oa]|créée?|establecid[oa]|estabelecid[oa]|mise? en place)\b/u;
/**
 * After the body's name, the body at work: a CERT or an agency that records, handles or answers incidents, monitors,
 * issues alerts or runs drills ("the National Cyber Security Centre recorded 573 cyber-incidents", "CERT-MU handled
 * 300 incidents last year", "the national CSIRT issued 40 advisories", "the NCSC is providing advice", "CERT-PH holds
 * its annual national cyber drill"). Its name is the sentence's subject: the verb
 * follows it at once.
 */
const BODY_AT_WORK =
  /^(?:[-./][\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)?)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:under|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,4})?(?:\s*\([^()]{1,40}\))?(?:,\s+(?:the\s+)?\p{L}[^,.;:!?]{2,60},)?,?\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:also|already|now|since|continuously|successfully|actively|effectively|just|recently)\s+)?(?:(?:been|currently)\s+)?(?:(?:effectively|successfully|actively)\s+)?(?:recorded|registered|logged|handled|handles|concluded|completed|responded to|responds to|detected|detects|monitored|monitors|monitoring|analy[sz]ed|analy[sz]es|investigated|investigates|processed|processes|received|receives|resolved|mitigated|issued|issues|coordinated (?:the|a|its|national)\b|conducted|conducts|ran|runs|carried out|carries out|dealt with|deals with|operates|operating|tracked|blocked|notified|alerted|warned|published|publishes|thwarted|foiled|prevented|combated|combating|held its (?:first |inaugural |second |third |\p{L}+ )?meeting|(?:is|was) mandated to|providing|offering|assisting|supporting|coordinating|responding to|handling|investigating|conducting|running|(?:holds|held|hosts|hosted|organi[sz]es|organi[sz]ed) (?:its |an? |the )?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:drills?|exercises?)|licen[cs]es|licen[cs]ed|accredits|accredited|certifies|supervises|supervised|regulates|inspects|inspected|sanctioned|fined|gives priority to|gave priority to|defending|defended|defends|maintains|maintained|provides|provided|offers|offered|extends|extended|assists|assisted|serves|served|plays? (?:a|an|the) (?:[\p{L}-]+\s+){0,2}role (?:in|for|of)|(?:legally\s+)?mandated\s+and\s+(?:operates|operating|works))\b/iu;
/**
 * The same work in Spanish, Portuguese, French, German and Italian, the body's adjective after its name perhaps ("el
 * CSIRT nacional gestionó 500 incidentes", "o CERT.br tratou", "le CERT-FR a publié 40 avis", "das BSI warnt").
 */
const BODY_AT_WORK_OTHER =
  /^(?:[-./][\p{L}\p{N}]+)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:nacional|national|nationale|nazionale))?(?:\s+(?:de|do|da|del|du|des|de la)(?:\s+\p{Lu}[\p{L}-]*){1,4})?,?\s+(?:(?:ha|a|hat|han|ont)\s+)?(?:tratou|trató|trata|gestionó|gestiona|gerenciou|atendeu|atendió|registró|registrou|detectó|detectou|emitió|emitiu|publicó|publicou|coordinó|coordenou|respondió|respondeu|traité|traite|géré|gère|enregistré|détecté|émis|publié|coordonné|bearbeitete|bearbeitet|registrierte|warnt|warnte|meldete|veröffentlichte|gestito|registrato|rilevato|pubblicato)(?![\p{L}])/iu;

/**
 * Before the body's name, the same work told in the passive: "the incidents handled by the Bhutan Computer Incident
 * Response Team", "advisories issued by the national CSIRT".
 */
const BODY_AT_WORK_BEFORE =
  /\b(?:recorded|registered|logged|handled|detected|monitored|analy[sz]ed|investigated|processed|resolved|mitigated|issued|published|coordinated|managed|tracked|blocked)\s+by\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;
/** A body that is no country's: a company's own team ("the retailer's incident response team detected …"). */
const OWN_BODY =
  /\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he (?!(?:country|nation|government|state|ministry|island|kingdom|republic|region)['’])\p{Ll}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * What may follow a body's name when the name is whole: not another word of a longer name ("CERT technical
 * advisers").
 */
const NAME_ENDS =
  /^(?:\s*(?:[(),.;:!?"”’—–]|$)|\s+(?:of|for|in|to|and|or|with|which|that|who|was|were|has|have|had|is|are|as|at|on|by|under|within|from|will|would|can|could|shall|should|since|after|led)\b)/iu;

/**
 * Before the words that set a body up, others' setting up promoted or helped: "promotion of the establishment of
 * CSIRTs in research networks", "supporting the creation of national CERTs in the region" (capacity building for
 * others, not a body at home).
 */
const HELPED_TO_SET_UP =
  /\b(?:promot\p{L}*|support\p{L}*|assist\p{L}*|help\p{L}*|encourag\p{L}*|facilitat\p{L}*|advocat\p{L}*)\s+(?:(?:in|with|to|for|of)\s+)?(?:the\s+)?(?:establishment|creation|setting up|set-up|establishing|creating|set up|establish|create)\b/iu;

/**
 * Before a body's name, words that make it a region's or the world's, no country's own: "the Asia Pacific Computer
 * Emergency Response Team", "the ITU Arab Regional Cybersecurity Centre", "a collaboration of CERTs".
 */
const REGIONAL_BODY = new RegExp(
  `(?:(?<![\\p{L}])(?:${REGION_NAMES})|\\b(?:collaboration|network|forum|association|community|federation|alliance) of)\\s+$`,
  'u',
);

/** Whether the words before a body's name at `start` in `sentence` make it a region's or the world's. */
function isRegionsBody(sentence: string, start: number): boolean {
  return REGIONAL_BODY.test(sentence.slice(Math.max(0, start - 40), start));
}

/**
 * A body's name in the plural, written in lower case: bodies set up in many places ("countries with recently
 * established cybercrime units"), none of them one country's own; national ones are each country's own ("most
 * Pacific Island countries have developed national computer emergency response teams").
 */
const PLURAL_BODIES =
  /^[\p{Ll}\s-]+(?:units|divisions|commands|committees|teams|centres|centers|agencies|authorities)$/u;

/**
 * Whether a body that puts policy into effect, named at `start`–`end` in `sentence`, is set up there: a CERT or an
 * agency established, created or made operational ("We have set up a Computer Emergency Response Team", "the
 * national cybersecurity agency has been operational since Monday"), the name whole (not "establish a network of
 * CSIRT technical advisers", nor "establishing the Regional CERT Information Exchange Mechanism").
 */
export function isBodySetUp(sentence: string, start: number, end: number): boolean {
  if (DEFERRAL.test(sentence) || isRegionsBody(sentence, start)) return false;
  if (PLURAL_BODIES.test(sentence.slice(start, end)) && !/\bnational\s+$/i.test(sentence.slice(0, start))) return false;
  const after = sentence.slice(end);
  // Set up as told after the name, its place between them or not ("the Computer Emergency Response Team Hong Kong
  // (GovCERT.HK) was formed").
  if (BODY_ACT_AFTER.test(after)) return true;
  if (!NAME_ENDS.test(after)) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  // The name may hold the word itself ("the national CERT of Korea").
  const national = /^national\s/i.test(sentence.slice(start, end)) ? `${before}national ` : before;
  return (
    (BODY_ACT_BEFORE.test(before) && !HELPED_TO_SET_UP.test(before)) ||
    BODY_NAMED_NATIONAL.test(national) ||
    (BODY_NAMED_NATIONAL_OF.test(national) && OF_COUNTRY.test(after))
  );
}

/**
 * Whether a body that puts policy into effect, named at `start`–`end` in `sentence`, is at work there
 * (`BODY_AT_WORK`, `BODY_AT_WORK_BEFORE`): a country's CERT or agency recording, handling or answering incidents, not a
 * company's own team.
 */
export function isBodyAtWork(sentence: string, start: number, end: number): boolean {
  if (DEFERRAL.test(sentence) || OWN_BODY.test(sentence.slice(Math.max(0, start - 60), start))) return false;
  if (isRegionsBody(sentence, start)) return false;
  const after = sentence.slice(end);
  return (
    BODY_AT_WORK.test(after) ||
    BODY_AT_WORK_OTHER.test(after) ||
    BODY_AT_WORK_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))
  );
}

/**
 * Words that make a sentence an act of education: a course, workshop or campaign held, run or launched, a training
 * or research centre opened or founded, or people trained ("MACRA held a capacity-building workshop for heads of
 * ministries", "more than 35,000 officials have been trained", "the government will re-introduce its awareness
 * campaign"), a course attended or under way ("officers attended a training course", "a training programme currently
 * underway").
 */
const EDUCATION_ACT =
  /\b(?:held|conducted|conducts|carried out|carries out|launches|took place|takes place|observ(?:es|ed|ance of)|celebrat(?:es|ed)|dedicated\s+(?:[a-z0-9-]+,?\s+){0,5}as\b|organi[sz]ed|organi[sz](?:es|ing)|co-organi[sz]ed|will (?:soon |also )?(?:organi[sz]e|hold|host|deliver|conduct|launch)|to deliver|delivered|ran|runs (?:a|an|the|its|their|our|annual|yearly|regular|national|free|online)|hosted|(?:every|each) (?:year|january|february|march|april|may|june|july|august|september|october|november|december)|annually|launched|established|founded|set up|opened|inaugurated|(?:re-?)?introduc(?:e|es|ed)|rolled out|roll(?:s|ing)? out|launch of|(?:currently\s+)?(?:underway|under way)|participated in|participating in|took part in|engaged in (?:[a-z-]+\s+){0,2}(?:training|trainings|courses?|exercises?|workshops?|bootcamps?)|attended|attending|complet(?:ed|ing|es)|(?:has|have|had|were|was) (?:been )?trained|reach(?:ed|es) (?:over |more than |some |about |nearly |almost |around )?\d|trained (?:over |more than |some |about |nearly |almost |around )?\d[\d,.]*|facilitat(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z0-9-]+\s+){0,2}(?:training|course|workshop|bootcamp)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:day|week|month)|(?:over|for|during)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months)|(?:for|to|targeting|targeted at|aimed at)\s+(?:[a-z0-9-]+\s+){0,3}(?:judges|magistrates|prosecutors|lawyers|police officers|law enforcement officers|officers|officials|civil servants|public servants|employees|students|teachers|pupils|journalists|diplomats|technicians|engineers|practitioners|analysts|investigators))\b/i;

/**
 * Words that make a sentence an act of education only near the pillar's word: training provided, offered, given or
 * received ("training was provided on cybercrime investigations"), not a service provided elsewhere in the sentence.
 */
const EDUCATION_GIVEN =
  /\b(?:provided(?!\s+(?:that|for|by)\b)|offered|imparted|gave|(?:was|were|been|is|are) given|received|underwent|benefit(?:t)?ed from)\b/i;
/** How far from the pillar's word an act of giving it is read (`EDUCATION_GIVEN`), each way. */
const GIVEN_REACH = 60;

/**
 * The same acts in Spanish, Portuguese, French, German, Italian, Dutch and Catalan, as the vocabulary reads those
 * languages too ("la estrategia fue aprobada", "a estratégia foi aprovada", "l'atelier de validation s'est tenu à
 * Dakar", "ont signé un accord", "hielten ihre Cyberkonsultationen ab", "het kabinet heeft de strategie goedgekeurd").
 * Letters, not `\b`, bound the words: `\b` does not see accented letters.
 */
const otherLanguages = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
const OTHER_ACTS = {
  dialogue: otherLanguages(
    "durante (?:o|a|el|la) (?:\\p{L}+ ){0,3}?(?:workshop|taller|seminario|seminário|conferencia|conferência|reunión|reunião|fórum|foro|cumbre|cimeira)|lors d(?:u|e la|e l['’]) ?(?:\\p{L}+ ){0,3}?(?:atelier|séminaire|conférence|réunion|forum|sommet)|a lancé|ont lancé|a ouvert|ont ouvert|à l['’]ouverture d|s['’]est tenue?|se sont tenue?s|a eu lieu|ont eu lieu|la tenue d(?:e|u|es|['’]une?)|se celebró|se celebraron|se llevó a cabo|se llevaron a cabo|tuvo lugar|tuvieron lugar|realizó|realizaron|celebró|teve lugar|realizou|realizaram|organisé(?:e|s|es)?|a organisé|ont organisé|organizó|organizaron|organizou|organizaram|accueilli|acogió|sediou|participé|participaron|participou|participaram|échangé(?:e|s|es)?|intercambiaron|compartieron|trocaram|partagé|iniciad[oa]|iniciou|con aportes de|com contribuições de|hielten|abgehalten|fand statt|fanden statt|trafen sich|llevó a cabo|llevaron a cabo|levou a cabo|reúne|reunió|reuniu|réunit|a réuni|ont réuni|riunisce|ha riunito|si è tenut[oa]|si sono tenut[ie]|ha ospitato|hanno partecipato|ha organizzato|hanno organizzato|vond plaats|vonden plaats|werd gehouden|werden gehouden|organiseerde|organiseerden|namen deel aan|nam deel aan|es va celebrar|es van celebrar|va tenir lloc|han participat|ha participat|va organitzar|ha organitzat",
  ),
  partnerships: otherLanguages(
    'signé(?:e|s|es)?|ont signé|a signé|noué(?:e|s|es)?|nouer|nouent|coopère avec|coopèrent avec|coopéré avec|coopera con|cooperan con|colabora con|colaboran con|coopera com|cooperam com|colabora com|colaboram com|arbeite[nt]?\\s+(?:\\p{L}+\\s+){0,6}zusammen|zusammengearbeitet|kooperiert|kooperieren|firmaron|firmó|firmado|firmada|suscribieron|suscribió|suscrito|suscrita|subscreveram|subscreveu|ont conclu|a conclu|assinaram|assinou|assinado|assinada|ratifié(?:e|s|es)?|ratificó|ratificou|adhéré|adhirió|aderiu|collaborent|colaboran|colaboram|coopèrent|cooperan|cooperam|financé(?:e|s|es)? par|financiad[oa] por|financiad[oa] pel[oa]|unterzeichnet(?:e|en)?|vereinbart(?:e|en)?|pflegt eine enge|pflegen eine enge|mantiene una estrecha|mantém uma estreita|entretient une étroite|ratifiziert(?:e|en)?|hanno firmato|ha firmato|firmat[oa]|sottoscritt[oa]|ondertekend|ondertekende|ondertekenden|werken samen|werkt samen|ha signat|han signat|va signar|van signar|signat|signada|aangegaan|gezamenlijk',
  ),
  policy: otherLanguages(
    "vient de (?:présenter|lancer|adopter|publier|valider)|publicad[oa]s?|define|establece|estabelece|estableció|estabeleceu|a établi|presentaron|apresentaram|lanzaron|lançaram|aprobaron|aprovaram|publicaron|publicaram|adoptaron|adotaram|adotou|adotad[oa]s?|révis(?:er|ée?s?)|révision d[eu]|revisión de|revisão d[ao]|actualización de|atualização d[ao]|mise à jour d[eu]|oficializó|oficializou|officialisé(?:e|s|es)?|aprobación de|aprovação d[aoe]|approbation d[eu]|adopción de|adoção d[aoe]|cuenta con una|conta com uma|dispose d['’]une|reemplaza|substitui|remplace|définit|établit|kabinettsbeschluss|fortgeschrieben|festgelegt|lancement d[eu]|lancement officiel d[eu]|lanzamiento de|lanzamiento oficial de|lançamento d[ao]|lançamento oficial d[ao]|a choisi de présenter|acaba de (?:presentar|lanzar|aprobar|publicar)|acaba de (?:apresentar|lançar|aprovar)|adopté(?:e|s|es)?|adoptó|adoptad[oa]s?|aprob[óo]|aprobad[oa]s?|aprovou|aprovad[oa]s?|approuvé(?:e|s|es)?|validé(?:e|s|es)?|atelier de validation|validation de la stratégie|validó|validad[oa]|promulg(?:ó|ou|u[ée]e?)|promulgad[oa]|publicó|publicou|publié(?:e|s|es)?|lanzó|lançou|lancé(?:e|s|es)?|entr[óo] en vigor|entrou em vigor|entr[ée]e? en vigueur|mettre en place|mise en place|mis en place|puesta en marcha|élaboré(?:e|s|es)?|elaborad[oa]|instituíd[oa]|instituiu|présenté(?:e|s|es)?|presentó|apresentou|verabschiedet(?:e|en)?|beschlossen|in kraft getreten|trat in kraft|vorgestellt|adottat[oa]|approvat[oa]|istituit[oa]|entrat[oa] in vigore|pubblicat[oa]|varat[oa]|goedgekeurd|aangenomen|vastgesteld|gepresenteerd|gelanceerd|lanceert|opgericht|in werking getreden|ha aprovat|han aprovat|va aprovar|aprovat|aprovada|aprovats|aprovades|ha presentat|va presentar|ha creat|entra en vigor|va entrar en vigor",
  ),
  education: otherLanguages(
    'lançou|lançaram|lanzó|lanzaron|a lancé|ont lancé|startete|gestartet|ha lanciato|dirigid[oa]s? a|destinad[oa]s? a|destiné(?:e|s|es)? aux?|(?:a|para) (?:los |las |os |as )?(?:funcionarios|funcionários|magistrados|jueces|juízes|fiscales|servidores|estudiantes|estudantes|docentes|professores|policías|técnicos)|enseñándoles|participa(?:n|m)? (?:en|no|na|nos|nas)|formé(?:s|es)|ont été formés|capacitad[oa]s|capacitó|capacitou|formó|formou|treinad[oa]s|a organisé une formation|impartió|ministrou|dispensé|geschult|ausgebildet|comenzó|inició|inauguró|impartido|dictó|sono stati formati|ha formato|opgeleid|getraind|zijn opgeleid|van ser formats|han estat formats|ha format',
  ),
} as const;

const ACTS = { dialogue: ACT, partnerships: PARTNER_ACT, policy: POLICY_ACT, education: EDUCATION_ACT } as const;

/** A launch or adoption still to come: "ahead of the imminent launch of the national strategy". */
const ACT_TO_COME =
  /\b(?:imminent|upcoming|forthcoming|planned|anticipated|expected|proposed)\s+(?:launch|adoption|publication|release|approval|validation|enactment|signing)\b/i;

/**
 * Whether the sentence tells of an act of the pillar: dialogue held (`ACT`), a partnership entered
 * into (`PARTNER_ACT`), a course held or people trained (`EDUCATION_ACT`), not an aim (`INTENT`); a strategy, plan
 * or law adopted (`POLICY_ACT`, whatever it aims at); none put elsewhere or still to come (`ACT_TO_COME`).
 */
export function isAct(sentence: string, pillar: keyof typeof ACTS, at?: { start: number; end: number }): boolean {
  const given =
    pillar === 'education' &&
    at !== undefined &&
    EDUCATION_GIVEN.test(sentence.slice(Math.max(0, at.start - GIVEN_REACH), at.end + GIVEN_REACH));
  if (!(given || ACTS[pillar].test(sentence) || OTHER_ACTS[pillar].test(sentence)) || DEFERRAL.test(sentence))
    return false;
  if (ACT_TO_COME.test(sentence)) return false;
  // A meeting held is an act whatever it was held for ("the working group meeting was held to enhance …").
  return pillar === 'policy' || !statesAim(sentence) || (pillar === 'dialogue' && HELD_PAST.test(sentence));
}

/** Words that tell of a meeting that took place, or is set to ("was held", "convened", "took place"). */
const HELD_PAST = /\b(?:held|convened|took place|co-hosted)\b/i;

/**
 * Words before a meeting's noun that say it is held: "held talks", "convened three meetings", "hosted the third GCC
 * Ministerial Cybercrime Committee meeting" (a meeting's full name runs to several words).
 */
const HELD_BEFORE =
  /\b(?:held|hold|holds|holding|convened?|convenes|convening|hosted|co-hosted)\s+(?:[\p{L}\p{N}’'-]+\s+){0,7}$/iu;
/** Words after it: "the meeting, which was held in Port Louis", "talks were held", "the meeting took place". */
const HELD_AFTER =
  /^[^.;!?]{0,30}?\b(?:(?:was|were|been|be|is|are)\s+(?:\p{L}+\s+)?(?:held|convened)|took place|takes place)\b/iu;

/** Words that say a meeting was held, in Dutch, Catalan, Spanish, Portuguese, French and Italian (after or before). */
const HELD_OTHER =
  "gehouden|plaatsgevonden|vond plaats|vonden plaats|es va celebrar|es van celebrar|va tenir lloc|se celebró|se celebraron|se realizó|se realizaron|se llevó a cabo|tuvo lugar|s['’]est tenue?|a eu lieu|teve lugar|realizou-se|foi realizad[oa]|si è tenut[oa]|participaram d[oa]s?|participaron en|ont participé à|hanno partecipato a|abertura d[ao]|apertura de(?:l|la)?|ouverture d[eu]|ouverture d['’]une?|lancement d['’]une?";
const HELD_AFTER_OTHER = new RegExp(`^[^.;!?]{0,30}?(?<![\\p{L}])(?:${HELD_OTHER})(?![\\p{L}])`, 'iu');

/**
 * Before it, something done there, so it took place: "the strategy was launched in Oslo at the annual dialogue
 * meeting", "the two ministers signed the memorandum on the sidelines of the meeting" (not "will be presented at the
 * next meeting").
 */
const DONE_AT_BEFORE =
  /(?<!\b(?:will|to|would|shall|could|may|can) be )\b(?:launched|presented|unveiled|signed|adopted|announced|endorsed|released|agreed)\s+(?:[\p{L}\p{N},’'-]+\s+){0,6}?(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;

/** "had talks", "have engaged in discussions"; "the meeting, held at the ministry"; "talks with the minister". */
const HAD_BEFORE = /\b(?:had|have had|has had|engaged in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Before it, in Spanish, Portuguese, French and Italian: "se celebró en esta capital la primera reunión". */
const HELD_BEFORE_OTHER = new RegExp(`(?<![\\p{L}])(?:${HELD_OTHER})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,6}$`, 'iu');
const HELD_AFTER_COMMA = /^,\s*(?:which was\s+|that was\s+)?(?:held|convened)\b/i;
/** Right after it, held and when or where: "an online meeting held on Monday with the minister". */
const HELD_AFTER_PARTICIPLE =
  /^\s+(?:held|convened)\s+(?:on|in|at|via|online|virtually|last|earlier|between|with|by|from|during)\b/i;
/** After it, who held it: "a donor coordination meeting organized by the agency and the British Embassy". */
const HELD_BY_AFTER =
  /^\s*,?\s+(?:(?:was|were)\s+)?(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|chaired)\s+(?:jointly\s+)?by\b/i;
const WITH_AFTER = /^\s+(?:with|between)\s+(?:the\s+)?\p{Lu}/u;
/** After "met", a date perhaps: who with or where ("met with the Minister", "met on 24 October in New Delhi"). */
const MET_AFTER =
  /^(?:\s+on\s+(?:\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+)(?:,?\s+\d{4})?,?)?\s+(?:with\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{Lu}|counterparts?|officials|representatives|delegat|ministers?|envoys?|ambassadors?)|in\s+\p{Lu}|at\s+the\s+\p{Lu}|during\s+the\b|on the (?:sidelines|margins)|virtually|online)/u;

/** After "gathered": where, or what for ("stakeholders gathered at the Biltmore Plaza to discuss the action plan"). */
const GATHERED_AFTER =
  /^(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}|\s+(?:[\p{L}-]+\s+){0,8}?to\s+(?:discuss|review|share|exchange|debate|consider)\b)/u;

/** Before it, what is gathered rather than who: "the data gathered in Tonga", "evidence was gathered at the port". */
const GATHERED_WHAT =
  /\b(?:data|evidence|information|intelligence|materials?|samples|feedback|logs|statistics|insights|results|findings|was|were|been|being|is|are)\s+$/i;

/**
 * Whether the meeting named at `start`–`end` in `prose` is one held ("held discussions with the High Commission",
 * "the working group meeting was held in May"), not talk of meetings in general ("regular meetings are needed").
 */
export function isHeld(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 60), start);
  const after = prose.slice(end, end + 60);
  return (
    HELD_BEFORE.test(before) ||
    HAD_BEFORE.test(before) ||
    HELD_BEFORE_OTHER.test(before) ||
    HELD_AFTER.test(after) ||
    HELD_AFTER_OTHER.test(after) ||
    HELD_AFTER_COMMA.test(after) ||
    HELD_AFTER_PARTICIPLE.test(after) ||
    HELD_BY_AFTER.test(after) ||
    DONE_AT_BEFORE.test(prose.slice(Math.max(0, start - 120), start)) ||
    (/^(?:talks|discussions|meetings?|consultations)$/i.test(prose.slice(start, end)) && WITH_AFTER.test(after)) ||
    (/^met$/i.test(prose.slice(start, end)) && MET_AFTER.test(after)) ||
    (/^gathered$/i.test(prose.slice(start, end)) && GATHERED_AFTER.test(after) && !GATHERED_WHAT.test(before))
  );
}
