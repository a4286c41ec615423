/**
 * The vocabulary of the pillars, line by line: every signal line of `PILLARS` has short sentences in
 * real policy phrasing in which it is found (with the words it should be found on), and every
 * false-friend line has sentences in which its words do not count for the pillar. A signal line
 * without a sentence here, or a sentence for a line that is gone, fails; so does deleting a line
 * (its sentences no longer find it).
 */
import assert from 'node:assert/strict';
import { checkDraft, type PillarId } from '../../src/core/index.js';
import { PILLARS } from '../../src/core/framework/pillars.js';
import { findSignals, stem } from '../../src/core/judgement/signals.js';
import { LANGUAGE_COUNTS } from '../support/vocabulary-languages.js';

/** A sentence, and the words in it (exactly as written there) that the signal should be found on. */
type Case = readonly [sentence: string, words: string];

/** For each pillar, by signal id: sentences in which that signal (weight 1 or 2) is found. */
const COUNTS: Record<PillarId, Record<string, readonly Case[]>> = {
  partnerships: {
    partnership: [
      ['We will deepen our partnerships with the private sector and academia.', 'partnerships'],
      [
        'The strategy sets up a public–private partnership for the protection of the energy grid.',
        'public–private partnership',
      ],
      ['The national CERT works in partnership with its counterparts abroad.', 'in partnership with'],
      ['Partner countries in the region will receive technical support.', 'Partner countries'],
      ['We will align our priorities with international partners.', 'international partners'],
      ['The programme is funded together with development partners.', 'development partners'],
      ['Trusted partners receive early warning of vulnerabilities.', 'Trusted partners'],
      ['The team receives alerts from partner CERTs worldwide.', 'partner CERTs'],
    ],
    partner: [
      ['The ministry will partner with neighbouring states on incident handling.', 'partner'],
      ['We are partnering with leading vendors to secure the supply chain.', 'partnering'],
      ['Our partners in the region face the same threats.', 'partners'],
    ],
    'international cooperation': [
      ['The strategy gives priority to international cooperation against cybercrime.', 'international cooperation'],
      [
        'The strategy reinforces the country’s international cybersecurity cooperation.',
        'international cybersecurity cooperation',
      ],
      ['Regional cooperation on incident response remains a priority.', 'Regional cooperation'],
      ['The police act in cooperation with their counterparts in neighbouring countries.', 'in cooperation with'],
      ['Universities carry out this research in collaboration with industry.', 'in collaboration with'],
      ['We value international co-operation on the investigation of ransomware.', 'international co-operation'],
      ['Cross-border cooperation is essential to take down botnets.', 'Cross-border cooperation'],
      ['Our international engagement focuses on the Western Balkans.', 'international engagement'],
      ['The regulator collaborated with UNDP on a study of online fraud.', 'collaborated with'],
      ['Cooperation with Japan covers incident response.', 'Cooperation with'],
      ['The workshop was organised in close collaboration with the regulator.', 'in close collaboration with'],
    ],
    cooperation: [
      ['Ministries and operators will cooperate closely on threat analysis.', 'cooperate'],
      ['Agencies will work collaboratively to close gaps in detection.', 'collaboratively'],
      ['Closer collaboration between the regulators is needed.', 'collaboration'],
      ['The agency takes a collaborative approach to supervision.', 'collaborative'],
      ['Co-operation between the police and the CERT will be formalised.', 'Co-operation'],
      ['We will collaborate closely on exercises.', 'collaborate'],
      ['The national centre relies on the cooperation of sector regulators.', 'cooperation'],
    ],
    coordination: [
      ['The national centre is responsible for coordinating the response across ministries.', 'coordinating'],
      ['Better coordination between agencies is needed during a crisis.', 'coordination'],
      ['The council will co-ordinate the work of sector regulators.', 'co-ordinate'],
      ['Incident handling will be coordinated by the national CERT.', 'coordinated'],
    ],
    engagement: [
      ['The government will engage with industry on supply chain risks.', 'engage'],
      ['Our engagement with the technical community has grown.', 'engagement'],
    ],
    'work together': [
      ['Agencies and operators must work together to protect hospitals.', 'work together'],
      ['We will continue working closely with our neighbours.', 'working closely with'],
      ['Police forces joined forces to dismantle the botnet.', 'joined forces'],
      ['The government continues to work with its partners in the provinces and abroad.', 'work with its partners'],
    ],
    bilateral: [
      ['Estonia and Finland hold bilateral talks each year.', 'bilateral talks'],
      ['The two agencies work together bilaterally and in regional bodies.', 'bilaterally'],
      ['We will pursue these goals bilaterally and in regional bodies.', 'bilaterally'],
    ],
    multilateral: [
      ['We will pursue these goals in multilateral bodies.', 'multilateral'],
      ['The country remains committed to multilateralism in cyberspace.', 'multilateralism'],
      ['These issues are best settled multilaterally.', 'multilaterally'],
    ],
    'memorandum of understanding': [
      ['The two CERTs signed a memorandum of understanding in 2021.', 'memorandum of understanding'],
      ['Memoranda of understanding with five countries are in force.', 'Memoranda of understanding'],
      ['An MoU with Singapore covers the exchange of threat data.', 'MoU'],
      ['The ministers signed a letter of intent on cyber resilience.', 'letter of intent'],
      ['Officials of the two states signed a declaration on a new national cyber centre.', 'signed a declaration'],
      ['Both ministers signed a joint statement on cyber resilience.', 'signed a joint statement'],
    ],
    'cooperation agreement': [
      ['The ministry concluded a cooperation agreement with the national bank.', 'cooperation agreement'],
      ['We have agreements with twelve countries on cybercrime.', 'agreements with'],
      ['We have signed agreements with twelve countries.', 'signed agreements'],
      ['A framework agreement governs the exchange of liaison officers.', 'framework agreement'],
    ],
    treaty: [
      ['Parliament is preparing to ratify the treaty.', 'treaty'],
      ['The government will complete its accession by next year.', 'accession'],
      ['As a signatory, we are bound by its provisions.', 'signatory'],
      ['Ratification is expected in the spring.', 'Ratification'],
    ],
    'budapest convention': [
      ['Cabo Verde aderiu à Convenção sobre o Cibercrime em 2018.', 'Convenção sobre o Cibercrime'],
      ['El país se adhirió al Convenio de Budapest.', 'Convenio de Budapest'],
      ['We will join the Budapest Convention.', 'Budapest Convention'],
      ['The Malabo Convention entered into force in 2023.', 'Malabo Convention'],
      ['Our law follows the Council of Europe Convention on Cybercrime.', 'Convention on Cybercrime'],
    ],
    'mutual legal assistance': [
      ['Requests for mutual legal assistance take months to answer.', 'mutual legal assistance'],
      ['Extradition of suspects remains rare.', 'Extradition'],
      ['A joint investigation team dismantled the fraud network.', 'joint investigation team'],
    ],
    alliance: [
      ['We will strengthen cyber defence cooperation with our allies.', 'allies'],
      ['We work with like-minded countries on sanctions.', 'like-minded'],
      ['The Alliance treats cyberspace as a domain of operations.', 'Alliance'],
      ['A coalition of states attributed the attack.', 'coalition'],
    ],
    'group of governmental experts': [
      ['We contributed to the reports of the Group of Governmental Experts.', 'Group of Governmental Experts'],
      ['Our delegation takes part in the Open-Ended Working Group.', 'Open-Ended Working Group'],
      ['The OEWG adopted its annual progress report.', 'OEWG'],
    ],
    'united nations': [
      ['We support the work of the United Nations on cyber issues.', 'United Nations'],
      ['Our police exchange intelligence through Interpol.', 'Interpol'],
      ['The national CERT is a full member of FIRST.', 'FIRST'],
      ['The OSCE has adopted sixteen measures.', 'OSCE'],
      ['We follow closely the work of the European Union on certification.', 'European Union'],
      ['UNDP runs the project in five countries.', 'UNDP'],
    ],
    'international organisation': [
      ['We work with international organisations on capacity building.', 'international organisations'],
      ['We work with international organizations on capacity building.', 'international organizations'],
      ['The international community must respond to ransomware.', 'international community'],
      ['Regional organisations play a growing role.', 'Regional organisations'],
      ['Intergovernmental bodies can help smaller states.', 'Intergovernmental'],
    ],
    'cooperative framework': [
      ['A cooperation framework with the Gulf states will be signed.', 'cooperation framework'],
      ['The EU cooperation programme on cyber resilience supports our CERT.', 'cooperation programme'],
      ['The EU cooperation program on cyber resilience supports our CERT.', 'cooperation program'],
      ['We will set up cooperation mechanisms with neighbouring states.', 'cooperation mechanisms'],
    ],
    joint: [['The two agencies held a joint exercise on grid attacks.', 'joint']],
    'public-private': [
      ['Public-private cooperation is central to this strategy.', 'Public-private'],
      ['The public and private sectors share responsibility for security.', 'public and private sectors'],
      ['Technology companies will be invited to the council.', 'Technology companies'],
      ['Industry partners will help run the exercise.', 'Industry partners'],
      ['The strategy brings together public and private actors at home and abroad.', 'public and private actors'],
      ['Both public and private operators must report serious incidents.', 'Both public and private'],
    ],
    'information sharing': [
      ['Operators will share information about incidents with the national CERT.', 'share information'],
      ['Information sharing between banks has improved.', 'Information sharing'],
      ['The platform supports the exchange of information on threats.', 'exchange of information'],
    ],
    'member state': [
      ['EU member states have adopted the toolbox.', 'member states'],
      ['Membership of the Council of Europe brings obligations.', 'Membership'],
      ['The country is a member of the regional CERT network.', 'member of'],
    ],
    stakeholder: [
      ['All stakeholders were invited to comment on the draft.', 'stakeholders'],
      ['The private sector owns most of the infrastructure.', 'private sector'],
      ['Industry will be consulted on the new rules.', 'Industry'],
    ],
    'mutual assistance': [
      ['The country received assistance in setting up its CERT.', 'assistance'],
      ['Donors have funded three regional projects.', 'Donors'],
      ['The centre was built with the support of the European Union.', 'with the support of'],
      ['The project is financed by the World Bank.', 'financed by'],
      ['Neighbouring countries face the same threats.', 'Neighbouring'],
    ],
    'network of csirts': [
      ['Our CERT takes part in the network of CSIRTs of the region.', 'network of CSIRTs'],
      ['The team is accredited by Trusted Introducer.', 'Trusted Introducer'],
    ],
  },
  policy: {
    legislation: [
      ['Parliament will adopt new legislation on cybercrime.', 'legislation'],
      ['Lawmakers have yet to agree on the draft.', 'Lawmakers'],
      ['The bill was sent to the committee in May.', 'bill'],
      ['The ministry is preparing legislative amendments.', 'legislative'],
      ['A presidential decree created the centre.', 'decree'],
    ],
    law: [
      ['The new law gives the agency powers to audit operators.', 'law'],
      ['These rules will be legally binding from next year.', 'legally'],
      ['The duty to report is set out in statute.', 'statute'],
    ],
    'legal framework': [
      ['We will modernise the legal framework for electronic evidence.', 'legal framework'],
      ['The criminal code will be amended to cover ransomware.', 'criminal code'],
      ['A cybersecurity law was adopted in 2022.', 'cybersecurity law'],
      ['The Cyber Solidarity Act introduces an emergency mechanism.', 'Cyber Solidarity Act'],
      [
        'Operators report under the Security of Critical Infrastructure Act.',
        'Security of Critical Infrastructure Act',
      ],
      ['The president endorsed the final draft of the Cyber Crime Act.', 'Cyber Crime Act'],
      ['The Cybersecurity Bill goes to the senate next month.', 'Cybersecurity Bill'],
      ['Our national legislation already criminalises illegal access.', 'national legislation'],
    ],
    regulation: [
      ['The regulator will issue guidance to operators.', 'regulator'],
      ['New regulations on cloud services take effect in June.', 'regulations'],
      ['Telecommunications providers are regulated entities.', 'regulated'],
      ['Regulatory requirements differ between sectors.', 'Regulatory'],
    ],
    cert: [
      ['The national CERT issues alerts to operators.', 'national CERT'],
      ['Each sector will have its own CSIRT.', 'CSIRT'],
      ['A computer emergency response team was set up in 2015.', 'computer emergency response team'],
      [
        'The council set up a computer incident response team for government networks.',
        'computer incident response team',
      ],
      ['The CIRT answers calls from ministries around the clock.', 'CIRT'],
      ['Funds were approved for the N-CERT building.', 'N-CERT'],
    ],
    'incident response': [
      ['Operators must report incidents within 24 hours.', 'report incidents'],
      ['Incident reporting will be made mandatory.', 'Incident reporting'],
      ['Our incident response capacity remains limited.', 'incident response'],
      ['Breach notification rules apply to all providers.', 'Breach notification'],
    ],
    'critical infrastructure': [
      ['Protecting critical infrastructure is our first priority.', 'critical infrastructure'],
      ['Operators of essential services must appoint a security officer.', 'Operators of essential services'],
      ['Critical information infrastructure will be listed by decree.', 'Critical information infrastructure'],
      ['The agency works with sector regulators to protect vital infrastructure.', 'vital infrastructure'],
      ['Providers of critical services must report incidents within a day.', 'critical services'],
    ],
    'national strategy': [
      ['The ministry governs the National Cybersecurity Framework.', 'National Cybersecurity Framework'],
      ['The national cybersecurity strategy sets five goals.', 'national cybersecurity strategy'],
      ['Our cyber strategy will be reviewed every three years.', 'cyber strategy'],
      ['The national cyber security strategy was adopted in 2024.', 'national cyber security strategy'],
      [
        'The executive committee has approved a strategy for cyber security across government.',
        'strategy for cyber security',
      ],
      ['The government approved the national cybersecurity concept in 2018.', 'cybersecurity concept'],
      ['The cabinet approved the Cyber Security Policy 2080 on Tuesday.', 'Cyber Security Policy'],
      ['NATO supports the country in implementing its cyber defence strategy.', 'cyber defence strategy'],
      ['The Concept of Information Security was revised in 2021.', 'Concept of Information Security'],
      ['The ministry presented its national cybersecurity plan to the president.', 'national cybersecurity plan'],
      ['The cyber security master plan runs until 2030.', 'cyber security master plan'],
      ['The new National Cyber Security Agenda raises the basic level of security.', 'National Cyber Security Agenda'],
    ],
    'adopted the strategy': [
      ['In March the government adopted the Strategy for Digital Safety 2025-2029.', 'adopted the Strategy'],
      ['The adoption of this strategy fulfils a commitment made to the regional body.', 'adoption of this strategy'],
    ],
    'the strategy was approved': [
      ['The strategy was approved by the Cabinet on Tuesday.', 'The strategy was approved'],
      ['The policy was released during the regional network’s annual meeting.', 'The policy was released'],
    ],
    'action plan': [
      ['An action plan sets out the measures and deadlines.', 'action plan'],
      ['The roadmap runs until 2030.', 'roadmap'],
      ['An implementation plan will follow within six months.', 'implementation plan'],
    ],
    implementation: [
      ['The ministry will implement these measures by 2026.', 'implement'],
      ['Implementation will be reviewed by the council each year.', 'Implementation'],
      ['Agencies implementing the measures will report annually.', 'implementing'],
    ],
    policy: [
      ['The government will review its cloud policies.', 'policies'],
      ['Our policy is to patch known flaws within a week.', 'policy'],
    ],
    'data protection': [
      ['Personal data held by ministries must be encrypted.', 'Personal data'],
      ['Privacy must be protected when logs are retained.', 'Privacy'],
    ],
    nis2: [
      ['The NIS2 Directive will be transposed this year.', 'NIS2'],
      ['Enforcement of these rules falls to the regulator.', 'Enforcement'],
      ['Breaches can lead to fines of up to two per cent of turnover.', 'fines'],
    ],
    compliance: [
      ['Operators must comply with the minimum requirements.', 'comply'],
      ['Regular audits will check how ministries protect their systems.', 'audits'],
      ['Compliance will be checked on site.', 'Compliance'],
    ],
    standard: [
      ['Minimum security standards apply to all ministries.', 'standards'],
      ['Multi-factor authentication will be mandatory for officials.', 'mandatory'],
      ['The baseline applies to every public body.', 'baseline'],
    ],
    'national cybersecurity agency': [
      [
        'In 2020 the Cabinet established the Cyber Security Council to develop the national strategy.',
        'Cyber Security Council',
      ],
      ['The National Cyber Security Centre will lead the response.', 'National Cyber Security Centre'],
      ['The INCD received over 14,000 reports in 2020.', 'INCD'],
      ['The Israel National Cyber Directorate published 290 alerts.', 'National Cyber Directorate'],
      ['The National Cyber Security Center will lead the response.', 'National Cyber Security Center'],
      ['Each sector names a competent authority.', 'competent authority'],
      ['The agency acts as the single point of contact for the EU.', 'single point of contact'],
    ],
    governance: [
      ['Cyber governance remains fragmented across ministries.', 'governance'],
      ['The agency will report to the prime minister.', 'agency'],
      ['Ministries will run a shared security operations center.', 'security operations center'],
      ['Ministries will run a shared security operations centre.', 'security operations centre'],
      ['The plan sets out roles and responsibilities for each body.', 'roles and responsibilities'],
    ],
    'law enforcement': [
      ['Law enforcement needs better tools to trace cryptocurrency.', 'Law enforcement'],
      ['Prosecutors will receive specialised training.', 'Prosecutors'],
      ['A police unit will combat cybercrime.', 'combat cybercrime'],
    ],
    'risk management': [
      ['Operators must adopt risk management measures.', 'risk management'],
      ['We will build the resilience of public networks.', 'resilience'],
      ['A vulnerability disclosure scheme will be launched.', 'vulnerability disclosure'],
      ['Supply chain security is a growing concern.', 'Supply chain security'],
    ],
  },
  dialogue: {
    dialogue: [
      ['We hold a regular cyber dialogue with Japan.', 'cyber dialogue'],
      ['An annual dialog with industry will be held.', 'dialog'],
      ['Dialogue with civil society is part of the process.', 'Dialogue'],
      ['The two governments launched a strategic dialogue.', 'strategic dialogue'],
    ],
    'information sharing': [
      ['The centre shares threat information with its peers through the regional forum.', 'shares threat information'],
      ['Information exchange among the region’s CSIRTs is the network’s first aim.', 'Information exchange'],
    ],
    conference: [
      ['An annual conference on cyber resilience will be organised.', 'conference'],
      ['Singapore International Cyber Week gathered specialists from 45 countries.', 'Cyber Week'],
      ['In 2016 the island hosted a meeting of prosecutors from the region.', 'hosted a meeting'],
      ['A regional meeting of CERTs took place in Suva.', 'regional meeting'],
      ['The centre grew out of a ministerial meeting of the region’s telecom ministers.', 'ministerial meeting'],
      ['The regional forum meets twice a year.', 'forum'],
      ['A roundtable with banks took place in March.', 'roundtable'],
      ['We will run workshops for municipal officials.', 'workshops'],
      ['A side event at the General Assembly presented the report.', 'side event'],
      ['Round tables with industry will precede the consultation.', 'Round tables'],
      ['Our CERT is a member of several international forums.', 'international forums'],
      ['A delegation of the agency paid a working visit to the regulator in Accra.', 'working visit'],
      ['Officials from three ministries went on a study visit to Tallinn.', 'study visit'],
      ['The two ministers met for bilateral talks in Kigali.', 'bilateral talks'],
    ],
    'best practice': [
      ['Operators will share best practices on patching.', 'best practices'],
      ['The report sets out lessons learned from the attack.', 'lessons learned'],
      ['A peer review of national strategies will be held.', 'peer review'],
      ['The strategy was drafted in line with best international practice.', 'best international practice'],
      ['The rules follow international good practice on disclosure.', 'international good practice'],
    ],
    // Knowledge and experience shared: a family apart from best practices, so that a block naming both weighs 4.
    'knowledge exchange': [
      ['The exchange of experience between regulators is encouraged.', 'exchange of experience'],
      ['Knowledge sharing among the CERTs has improved.', 'Knowledge sharing'],
      ['The two response teams learn from each other during joint drills.', 'learn from each other'],
      ['Cooperation will include subject matter expert exchanges on network defence.', 'expert exchanges'],
      ['The exercise served as a platform for exchanging expertise between the teams.', 'exchanging expertise'],
      ['Twice a year the two centres exchange technical expertise on malware.', 'exchange technical expertise'],
      ['Regulators of the region exchange knowledge on supervision.', 'exchange knowledge'],
    ],
    'confidence-building': [
      ['We implement the OSCE confidence-building measures.', 'confidence-building'],
      ['Each state named points of contact for cyber incidents.', 'points of contact'],
      ['A hotline links the two centres.', 'hotline'],
    ],
    'statement to the united nations': [
      [
        'The ambassador’s statement to the General Assembly set out the country’s view.',
        'statement to the General Assembly',
      ],
      ['Comments on the pre-draft were sent by twelve delegations.', 'Comments on the pre-draft'],
    ],
    consultation: [
      ['The draft was published for public consultation.', 'consultation'],
      ['Cyber diplomacy is a new priority of the foreign ministry.', 'Cyber diplomacy'],
      ['The ministers held an exchange of views on ransomware.', 'exchange of views'],
      ['We will consult industry before the rules are adopted.', 'consult'],
      ['Delegations spoke on capacity building at the second substantive session.', 'substantive session'],
    ],
    discussion: [
      ['The ministers will discuss ransomware at the next meeting.', 'discuss'],
      ['The debate on encryption continues.', 'debate'],
      ['Discussions with operators are under way.', 'Discussions'],
      ['Officials met in Tallinn to agree the text.', 'met'],
      ['The steering committee held five teleconferences last year.', 'teleconferences'],
      ['The council held its second session on cyber threats in Addis Ababa.', 'session'],
    ],
    expert: [
      ['Experts from several countries reviewed the draft.', 'Experts'],
      ['The centre draws on the expertise of its staff.', 'expertise'],
      ['Practitioners from the banks joined the drafting group.', 'Practitioners'],
      ['Think tanks and civil society were invited to comment.', 'Think tanks'],
    ],
    norms: [
      ['We adhere to the norms of responsible conduct agreed at the UN.', 'norms'],
      ['We will promote responsible state behaviour in cyberspace.', 'responsible state behaviour'],
      ['We will promote responsible state behavior in cyberspace.', 'responsible state behavior'],
      ['Trust between states is hard to build.', 'Trust'],
      ['Shared understanding of the threat is the first step.', 'Shared understanding'],
    ],
    'bilateral working group': [
      ['The two ministries set up a bilateral working group on cyber issues.', 'bilateral working group'],
      ['A joint working group of both agencies meets each spring.', 'joint working group'],
      ['Officials met at the third Cyber Policy Working Group in Lisbon.', 'Cyber Policy Working Group'],
    ],
    'network of experts': [
      ['The team keeps a trusted contact network of security experts across the region.', 'trusted contact network'],
      ['A network of experts advises the ministry on incident response.', 'network of experts'],
      ['Each member state nominates officials to a pool of experts.', 'pool of experts'],
    ],
    'multi-stakeholder': [
      ['The strategy was drafted through a multi-stakeholder process.', 'multi-stakeholder'],
      ['A working group on standards will report in June.', 'working group'],
      ['Outreach to small businesses will be expanded.', 'Outreach'],
      ['A community of practice brings together the sector CERTs.', 'community of practice'],
    ],
    host: [
      ['Estonia hosted the regional exercise this year.', 'hosted'],
      ['Participants from forty countries took part.', 'Participants'],
      ['The government will convene the sector regulators each quarter.', 'convene'],
      ['Our delegation presented the national position.', 'delegation'],
      ['We will participate actively in regional initiatives.', 'participate'],
    ],
  },
  education: {
    education: [
      ['Cybersecurity education begins at primary level.', 'education'],
      ['Educators will receive new teaching materials.', 'Educators'],
      ['We will educate citizens about online fraud.', 'educate'],
      ['Educational institutions will add security to their programmes.', 'Educational'],
    ],
    university: [
      ['Universities will open new cybersecurity departments.', 'Universities'],
      ['Technical colleges will train network technicians.', 'colleges'],
      ['The national academy trains public servants.', 'academy'],
      ['Secondary schools will teach online safety.', 'schools'],
    ],
    curriculum: [
      ['Cyber security will be part of the national curriculum.', 'curriculum'],
      ['A new master’s degree in digital forensics will open.', 'master'],
      ['The university launched a new degree programme in cybersecurity.', 'degree programme'],
      ['The university launched a new degree program in cybersecurity.', 'degree program'],
      ['Short online courses will be free for civil servants.', 'online courses'],
      ['Ten PhD scholarships will be awarded each year.', 'PhD'],
    ],
    module: [
      ['Students of law will take a module on cybercrime.', 'module'],
      ['Guest lectures by practitioners will be encouraged.', 'lectures'],
      ['E-learning will reach officials in the regions.', 'E-learning'],
      ['The course ends with hands-on sessions in the lab.', 'hands-on sessions'],
    ],
    training: [
      ['All civil servants will receive basic security training.', 'training'],
      ['Upskilling of IT staff is a priority.', 'Upskilling'],
      ['Apprenticeships will open a new route into the profession.', 'Apprenticeships'],
      ['A national cyber range will be built for exercises.', 'cyber range'],
      ['Judges will be trained to handle digital evidence.', 'trained'],
      ['A boot camp for young people opens in July.', 'boot camp'],
      ['The skills taught range from forensics to secure coding.', 'taught'],
      ['The teaching of incident handling starts in the first year.', 'teaching'],
      ['Twenty response teams took part in the regional cyber drill.', 'cyber drill'],
      ['Ministries run a tabletop exercise on ransomware each spring.', 'tabletop exercise'],
      ['The agency ran a training session for judges.', 'training session'],
    ],
    skill: [
      ['Developing cybersecurity competence is the third guideline.', 'cybersecurity competence'],
      ['We will close the skills gap within five years.', 'skills gap'],
      ['The country needs a larger cybersecurity workforce.', 'workforce'],
      ['We must keep skilled staff in the public sector.', 'skilled'],
      ['Talent is scarce across the region.', 'Talent'],
      ['The strategy aims at building national human capabilities in cybersecurity.', 'human capabilities'],
      ['The plan invests in human capacity for incident response.', 'human capacity'],
    ],
    'capacity building': [
      ['Capacity building for partner countries will be expanded.', 'Capacity building'],
      ['We will help build capacity in small island states.', 'build capacity'],
      ['Our aim is to strengthen capacity in the judiciary.', 'strengthen capacity'],
    ],
    'capacity-building workshop': [
      ['The agency ran a capacity-building workshop for regulators.', 'capacity-building workshop'],
      ['Two capacity building seminars were held for prosecutors.', 'capacity building seminars'],
    ],
    'capacity of police': [
      ['The project strengthens the capacity of police units to investigate cybercrime.', 'capacity of police'],
      ['A second phase will build the capacity of prosecutors to request evidence abroad.', 'capacity of prosecutors'],
      ['The initiative reinforces officials’ capacity in preserving electronic evidence.', 'officials’ capacity'],
    ],
    capability: [
      ['We will develop national capabilities to detect attacks.', 'capabilities'],
      ['Digital competencies of officials will be assessed.', 'competencies'],
    ],
    research: [
      ['Funding for cybersecurity research will double.', 'research'],
      ['Public R&D spending on security will rise.', 'R&D'],
      ['A research center for cryptography will be founded.', 'research center'],
      ['A research centre for cryptography will be founded.', 'research centre'],
      ['Researchers will have access to anonymised incident data.', 'Researchers'],
    ],
    innovation: [
      ['Innovation in security products will be supported.', 'Innovation'],
      ['Scholarships will attract students to the field.', 'Scholarships'],
      ['Scholars from five countries took part.', 'Scholars'],
      ['Teachers will receive guidance on online safety.', 'Teachers'],
      ['Graduates in security are in high demand.', 'Graduates'],
    ],
    'awareness campaign': [
      ['A national awareness campaign will target small businesses.', 'awareness campaign'],
      ['The ministry ran its third national Cybersecurity Week for schools and families.', 'Cybersecurity Week'],
      ['We will raise awareness of phishing among older people.', 'raise awareness'],
      ['Cyber hygiene will be taught in schools.', 'Cyber hygiene'],
      ['An awareness program for SMEs starts next year.', 'awareness program'],
      ['Cyber security advocacy programmes were conducted in 12 districts.', 'advocacy programmes'],
      ['An awareness programme for SMEs starts next year.', 'awareness programme'],
      ['Digital literacy is the first line of defence.', 'Digital literacy'],
      ['Cybersecurity awareness among parents is low.', 'Cybersecurity awareness'],
    ],
    awareness: [
      ['Awareness of online risks remains low among small firms.', 'Awareness'],
      ['Low literacy in the countryside limits what campaigns can do.', 'literacy'],
    ],
    professional: [
      ['We need more security professionals in the public sector.', 'professionals'],
      ['A national exercise tests the response of operators.', 'exercise'],
      ['Students compete in a capture the flag every spring.', 'capture the flag'],
      ['Recognised qualifications will be required for auditors.', 'qualifications'],
    ],
  },
};

/**
 * For each pillar, by the id of its false-friend line: sentences with a false friend, and its
 * words, which no signal of the pillar with a weight above 0 may cover.
 */
const FALSE_FRIENDS: Record<PillarId, Record<string, readonly Case[]>> = {
  partnerships: {
    'partner in crime': [
      ['The suspect and his partner in crime laundered the proceeds.', 'partner in crime'],
      ['Ransomware gangs recruit affiliate partners to spread their malware.', 'affiliate partners'],
      ['The vendor shares customer data with its business partners.', 'business partners'],
      [
        'The operator is still looking for a joint venture partner for its loss-making IT arm.',
        'joint venture partner',
      ],
      ['The outage was caused by a coordinated attack on the banks.', 'coordinated attack'],
      ['The ministries agreed on a coordinated national initiative on awareness.', 'coordinated national'],
      ['The unit leads national coordination of incident response.', 'national coordination'],
      ['Two rights groups sent a joint letter criticising the draft law.', 'joint letter'],
      ['Members of staff must lock their screens.', 'Members of staff'],
      ['Team members rotate on call every week.', 'Team members'],
      ['Each board member signed a declaration of interests before the meeting.', 'declaration of interests'],
    ],
  },
  policy: {
    'law firm': [
      ['The breach at a law firm exposed client files.', 'law firm'],
      ['How to enforce 2 Factor Authentication on user login', 'enforce 2 Factor Authentication'],
      ['Admins can enforce MFA for every remote session.', 'enforce MFA'],
      ['Under case law, an IP address can be personal data.', 'case law'],
      ['Users rarely read a website’s privacy policy.', 'privacy policy'],
      ['Staff must follow the password policy.', 'password policy'],
      ['The Ministry of Education will publish the new syllabus.', 'Ministry of Education'],
      ['The EU and Japan held a policy dialogue on cyber issues.', 'policy dialogue'],
      ['The report is written for policy makers in the region.', 'policy makers'],
      ['The report is written for policymakers in the region.', 'policymakers'],
      ['Every state accepts that international law applies in cyberspace.', 'international law'],
      ['The analyst keeps the security policies and procedures up to date.', 'security policies and procedures'],
      ['Administrators edit firewall policies from one console.', 'firewall policies'],
      ['The appliance handles policy enforcement at the network edge.', 'policy enforcement'],
      ['Deep packet inspection slows encrypted traffic.', 'Deep packet inspection'],
      ['Civil servants complete annual certification training.', 'certification training'],
    ],
  },
  dialogue: {
    'dark web forum': [
      ['Stolen credentials were sold on a hacker forum.', 'hacker forum'],
      ['A train the trainers’ workshop was run for youth officers.', 'trainers’ workshop'],
      ['The police took down a dark web forum used by fraudsters.', 'dark web forum'],
      ['The review began yesterday at the National Conference Centre.', 'Conference Centre'],
      ['Ministries are moving to a zero trust architecture.', 'zero trust'],
      ['The files were hosted on servers abroad.', 'hosted on'],
      ['The attackers rented space from a hosting provider.', 'hosting provider'],
      ['Staff joined a conference call to assess the outage.', 'conference call'],
      ['Keys are kept in a trusted platform module.', 'trusted platform'],
      ['Diplomatic immunity does not cover hacking.', 'Diplomatic immunity'],
      ['Never disable the host firewall.', 'host firewall'],
      ['Do not connect smart speakers to the office network.', 'smart speakers'],
      ['Curricula are reviewed by an employer panel.', 'employer panel'],
      ['Reports must meet the deadlines set by the act.', 'meet the deadlines'],
      ['Despite the lockdowns the team was able to meet some critical targets.', 'meet some'],
      ['The plan will help the country meet national and international challenges.', 'meet national'],
      ['Work placements hosted by employers last six months.', 'placements hosted'],
      ['The regulator held a training session for ministry staff.', 'training session'],
      ['Trainees then move on to hands-on sessions in the lab.', 'hands-on sessions'],
      ['Each login session expires after an hour.', 'login session'],
    ],
  },
  education: {
    'training data': [
      ['The startup will use the funds to double its workforce and open an office abroad.', 'double its workforce'],
      ['Attackers may poison the model’s training data.', 'model’s training data'],
      ['Research shows that most breaches start with phishing.', 'Research shows'],
      ['A phishing campaign targeted tax officials.', 'phishing campaign'],
      ['Applicants need a degree in computer science.', 'degree in computer science'],
      ['Candidates need five years of experience.', 'years of experience'],
      ['Of course, no system is fully secure.', 'Of course'],
      ['The best course of action is to isolate the host.', 'course of action'],
      ['The rootkit loads a malicious kernel module.', 'kernel module'],
      ['Some states are building offensive cyber capabilities.', 'offensive cyber capabilities'],
      ['The Ministry of Education was hit by ransomware.', 'Ministry of Education'],
      ['A draft of the Digital Economy Master Plan is expected soon.', 'Master Plan'],
      ['The malware overwrites the master boot record.', 'master boot record'],
      ['In the exercise of its powers the agency may inspect operators.', 'exercise of'],
      ['The old school approach of perimeter defence no longer works.', 'old school'],
    ],
  },
};

// The lines in other languages have their sentences in test/support/vocabulary-languages.ts.
for (const [pillar, entries] of Object.entries(LANGUAGE_COUNTS)) Object.assign(COUNTS[pillar as PillarId], entries);

const lines = PILLARS.flatMap((pillar) => pillar.signals.map((signal) => ({ pillar: pillar.id, signal })));

/** Where `words` stand in `sentence` (they must stand there). */
function place(sentence: string, words: string): { start: number; end: number } {
  const start = sentence.indexOf(words);
  assert.ok(start >= 0, `“${words}” is not in “${sentence}”`);
  return { start, end: start + words.length };
}

describe('vocabulary: every signal line', () => {
  it('has sentences for every signal line, and a signal line for every entry of the tables', () => {
    const missing: string[] = [];
    for (const { pillar, signal } of lines) {
      const table = signal.weight > 0 ? COUNTS : FALSE_FRIENDS;
      if (!(table[pillar][signal.id]?.length > 0)) missing.push(`${pillar}: ${signal.weight} ${signal.id}`);
    }
    assert.deepEqual(missing, [], 'signal lines with no sentence in vocabulary.test.ts');
    const unknown: string[] = [];
    for (const [table, counts] of [
      [COUNTS, true],
      [FALSE_FRIENDS, false],
    ] as const) {
      for (const [pillar, entries] of Object.entries(table)) {
        for (const id of Object.keys(entries)) {
          if (
            !lines.some((line) => line.pillar === pillar && line.signal.id === id && line.signal.weight > 0 === counts)
          )
            unknown.push(`${pillar}: ${id}`);
        }
      }
    }
    assert.deepEqual(unknown, [], 'table entries that name no signal line (of that weight)');
  });

  // Generated from the tables, so that the sentences of a deleted or renamed line fail too.
  const lineOf = (pillar: PillarId, id: string) =>
    lines.find((line) => line.pillar === pillar && line.signal.id === id);
  const shown = (sentence: string, matches: ReturnType<typeof findSignals>) =>
    matches
      .map((m) => `${m.pillar}:${m.signal.id}(${m.signal.weight}) “${sentence.slice(m.start, m.end)}”`)
      .join(', ') || 'nothing';

  for (const [pillar, entries] of Object.entries(COUNTS) as [PillarId, Record<string, readonly Case[]>][]) {
    for (const [id, cases] of Object.entries(entries)) {
      const signal = lineOf(pillar, id)?.signal;
      describe(
        signal ? `${pillar}: ${signal.weight} ${id} ~${signal.family}` : `${pillar}: ${id} (no such line)`,
        () => {
          for (const [sentence, words] of cases) {
            it(`counts “${words}” in “${sentence}”`, () => {
              const { start, end } = place(sentence, words);
              const matches = findSignals(sentence);
              const found = matches.some(
                (m) =>
                  m.pillar === pillar &&
                  m.signal.id === id &&
                  m.signal.weight > 0 &&
                  m.start === start &&
                  m.end === end,
              );
              assert.ok(found, `no ${pillar} “${id}” match on “${words}”; found: ${shown(sentence, matches)}`);
            });
          }
        },
      );
    }
  }

  for (const [pillar, entries] of Object.entries(FALSE_FRIENDS) as [PillarId, Record<string, readonly Case[]>][]) {
    for (const [id, cases] of Object.entries(entries)) {
      describe(`${pillar}: 0 ${id} (false friends)`, () => {
        for (const [sentence, words] of cases) {
          it(`does not count “${words}” in “${sentence}”`, () => {
            const { start, end } = place(sentence, words);
            const matches = findSignals(sentence);
            const counted = matches.filter(
              (m) => m.pillar === pillar && m.signal.weight > 0 && m.start < end && m.end > start,
            );
            assert.deepEqual(
              counted.map((m) => `${m.signal.id} “${sentence.slice(m.start, m.end)}”`),
              [],
              `“${words}” counts for ${pillar}`,
            );
            // The false-friend line itself is what keeps them out.
            assert.ok(
              matches.some(
                (m) =>
                  m.pillar === pillar && m.signal.id === id && m.signal.weight === 0 && m.start < end && m.end > start,
              ),
              `the false friend “${id}” is not found on “${words}”; found: ${shown(sentence, matches)}`,
            );
          });
        }
      });
    }
  }

  it('reads FIRST, the forum, only as written', () => {
    const bodies = (text: string) =>
      findSignals(text).filter((m) => m.pillar === 'partnerships' && m.signal.id === 'united nations');
    assert.equal(bodies('Our CERT joined FIRST in 2019.').length, 1);
    assert.equal(bodies('The first step is an inventory of critical systems.').length, 0);
    assert.equal(bodies('First, we will map our critical systems.').length, 0);
  });
});

describe('vocabulary: a multi-word form only as written', () => {
  /** [pillar, signal line, sentence, words]: the line's words apart, or beside others, are not the line. */
  const nearMisses: readonly [PillarId, string, string, string][] = [
    [
      'partnerships',
      'memorandum of understanding',
      'The declaration was read out at the opening and signed by no one.',
      'declaration',
    ],
    [
      'partnerships',
      'public-private',
      'Public bodies and private firms pay for their own audits.',
      'Public bodies and private firms',
    ],
    [
      'policy',
      'critical infrastructure',
      'It is vital that the infrastructure team patches quickly.',
      'vital that the infrastructure',
    ],
    ['policy', 'national strategy', 'The concept of zero trust is gaining ground.', 'concept'],
    ['dialogue', 'best practice', 'International practice varies on data retention.', 'International practice'],
    ['partnerships', 'international cooperation', 'Staff cooperate well, with few exceptions.', 'cooperate well, with'],
    ['education', 'training', 'The fire drill was held on Monday.', 'fire drill'],
    ['education', 'skill', 'Human error caused most breaches.', 'Human error'],
  ];
  for (const [pillar, id, sentence, words] of nearMisses) {
    it(`does not find ${pillar} “${id}” on “${words}” in “${sentence}”`, () => {
      const { start, end } = place(sentence, words);
      const found = findSignals(sentence).filter(
        (m) => m.pillar === pillar && m.signal.id === id && m.start < end && m.end > start,
      );
      assert.deepEqual(
        found.map((m) => sentence.slice(m.start, m.end)),
        [],
      );
    });
  }
});

describe('vocabulary: word families and spellings', () => {
  const same = (...words: string[]) => {
    const stems = words.map((word) => stem(word));
    assert.equal(new Set(stems).size, 1, `${words.join(', ')} stem to ${stems.join(', ')}`);
  };
  const apart = (a: string, b: string) => assert.notEqual(stem(a), stem(b), `${a} and ${b} both stem to ${stem(a)}`);

  it('meets the derivational family of collaborate', () =>
    same('collaborate', 'collaborative', 'collaboratively', 'collaboration'));
  it('meets coordinate and coordination', () => same('coordinate', 'coordination', 'coordinating'));
  it('meets both spellings', () => {
    same('organisation', 'organization');
    same('organisations', 'organizations');
    same('centralised', 'centralized');
    same('behaviour', 'behavior');
    same('defence', 'defense');
    same('programme', 'program');
    same('programmes', 'programs');
    same('dialogue', 'dialog');
    same('centre', 'center');
  });
  it('keeps false conflations apart', () => {
    apart('internal', 'international');
    apart('universal', 'university');
    apart('deliberately', 'deliberation');
    apart('programming', 'programme');
    apart('consultant', 'consultation');
    apart('consultancy', 'consultations');
    apart('coordinator', 'coordination');
  });
});

describe('vocabulary: whole drafts', () => {
  const covered = (text: string) =>
    (Object.entries(checkDraft(text).coverage) as [PillarId, { covered: boolean }][])
      .filter(([, c]) => c.covered)
      .map(([id]) => id);
  /** One test per case: [what, pillar, covered?, text]. */
  const holdVerdicts = (cases: readonly [string, PillarId, boolean, string][]) => {
    for (const [what, pillar, expected, text] of cases) {
      it(`${expected ? 'covers' : 'does not cover'} ${pillar} with ${what}`, () => {
        assert.equal(checkDraft(text).coverage[pillar].covered, expected, `covered: ${covered(text).join(', ')}`);
      });
    }
  };

  it('covers partnerships with a paragraph on cooperation with organisations, governments and companies', () => {
    const text =
      'No country can defend its networks alone, so we will deepen cooperation with international organisations, other governments and technology companies, and keep working within United Nations processes on responsible state behaviour in cyberspace.\n';
    assert.ok(checkDraft(text).coverage.partnerships.covered, `covered: ${covered(text).join(', ')}`);
  });

  it('covers partnerships with a one-line strategy objective', () => {
    const text = 'Promote international cooperation: engage with regional and international partners.\n';
    assert.ok(checkDraft(text).coverage.partnerships.covered, `covered: ${covered(text).join(', ')}`);
  });

  it('does not cover education with a degree or equivalent qualifications an advert asks for', () => {
    const text =
      'Bachelor Degree or Advanced Diploma in Computer Science, Software Engineering or Network Administration, or equivalent qualifications from recognized institutions.\n';
    assert.equal(checkDraft(text).coverage.education.covered, false, `covered: ${covered(text).join(', ')}`);
  });

  it('does not cover education with a job advert’s requirements', () => {
    const text = "Bachelor's degree in computer science or a related field; five years of experience.\n";
    assert.equal(checkDraft(text).coverage.education.covered, false, `covered: ${covered(text).join(', ')}`);
  });

  it('covers education with a paragraph on skills and universities', () => {
    const text =
      'We will close the skills gap by funding cybersecurity degrees at national universities, training civil servants and supporting research centres.\n';
    assert.ok(checkDraft(text).coverage.education.covered, `covered: ${covered(text).join(', ')}`);
  });

  // Policy words that are not policy put into effect at home, and one that is: [what, pillar covered?, text].
  const policyCases: [string, boolean, string][] = [
    [
      'a strategy whose launch is still to come',
      false,
      'The visit comes ahead of the imminent launch of the national cybersecurity strategy.\n',
    ],
    ['a strategy launched', true, 'The minister launched the national cybersecurity strategy in Djibouti.\n'],
    [
      'a national centre named for digital security, created',
      true,
      'The National Center for Digital Security has been created to identify and protect against digital security incidents.\n',
    ],
    [
      'a national centre for something else, created',
      false,
      'The National Center for Cultural Heritage has been created to protect the museums of the capital.\n',
    ],
    ['a strategy named by “the” and approved', true, 'The strategy was approved by the Cabinet on Tuesday.\n'],
    ['a company’s marketing strategy approved', false, 'The marketing strategy was approved by the board.\n'],
    [
      'policy words that are what a training teaches',
      false,
      'We run training courses and seminars for officials on cybersecurity governance, incident response, critical infrastructure protection and cybercrime legislation.\n',
    ],
    [
      'the implementation of international norms and international law',
      false,
      'We support the implementation of the norms of responsible state behaviour, regional confidence-building measures and the application of international law and legal standards in cyberspace.\n',
    ],
    [
      'guidance for other countries on their legislation',
      false,
      'We publish tools and guidance for countries to reflect these principles in national legislation, regulation and policy frameworks.\n',
    ],
    [
      'a hard-wrapped sentence read as one sentence (a line that goes on in lower case)',
      false,
      'We run training courses and seminars for officials on cybersecurity governance,\nincident response, critical infrastructure protection and cybercrime\nlegislation.\n',
    ],
    [
      'who a course is open to and who takes part in it',
      false,
      'Open to prosecutors and national regulators, the course also takes participants from the national computer emergency response teams.\n',
    ],
    [
      'what a conversation centred on',
      false,
      'The conversation centred on legislation, the national cybersecurity strategy and the protection of critical infrastructure.\n',
    ],
    [
      'regulators and the national CERT that enforce an act',
      true,
      'National regulators and the national computer emergency response team enforce the new Cybersecurity Act from January.\n',
    ],
    [
      'a decree that set up a national centre for cybersecurity',
      true,
      'After years of work on its plans, the country issued a decree in 2022 to establish the National Centre for Cybersecurity.\n',
    ],
    [
      'a country putting its own legislation and CERT into effect',
      true,
      'Parliament adopted the Cybersecurity Act in 2025, and the national CERT now enforces its incident reporting obligations on operators of critical infrastructure.\n',
    ],
  ];
  holdVerdicts(policyCases.map(([what, expected, text]) => [what, 'policy', expected, text]));

  it('covers policy with a paragraph on legislation and the national CERT', () => {
    const text =
      'Parliament will adopt a cybersecurity law that requires operators of critical infrastructure to report incidents to the national CERT within 24 hours.\n';
    assert.ok(checkDraft(text).coverage.policy.covered, `covered: ${covered(text).join(', ')}`);
  });

  it('covers dialogue with a paragraph on forums and best practices', () => {
    const text =
      'The government will host an annual regional forum where experts from CERTs, regulators and industry exchange best practices and build confidence.\n';
    assert.ok(checkDraft(text).coverage.dialogue.covered, `covered: ${covered(text).join(', ')}`);
  });

  // A pillar named among the items of a list of areas or aims, and one that is said something of: [what, pillar,
  // covered?, text].
  const listCases: [string, PillarId, boolean, string][] = [
    [
      'education named among an agreement’s fields of cooperation',
      'education',
      false,
      'The agreement names five fields of cooperation, namely information exchange; education and training; cyber exercises; technical cooperation; and administrative matters.\n',
    ],
    [
      'research and training named among a strategy’s goals',
      'education',
      false,
      'These strategic goals are: cybercrime; citizen awareness; research and development; incident reporting; and training and educational programmes.\n',
    ],
    [
      'international cooperation named in a list of cross-cutting topics',
      'partnerships',
      false,
      'The strategy has eight cross-cutting topics: culture of cybersecurity; international cooperation and partnerships; legal framework; standards; and measurement.\n',
    ],
    [
      'capacity building as what a dialogue’s two sides highlighted and exchanged on',
      'education',
      false,
      'Both sides highlighted their cooperation in regional forums, and the dialogue included an exchange on cyber capacity-building approaches.\n',
    ],
    [
      'a readout that notes what an academy did',
      'education',
      true,
      'The minister noted that the national academy trained 400 analysts this year through its new degree programme.\n',
    ],
    [
      'training in passing beside “priority countries” (no aim)',
      'education',
      false,
      'The project runs in nine priority countries and in associate countries where training or other activity has taken place.\n',
    ],
    [
      'a bare list of what a team’s mission works through',
      'education',
      false,
      'Our mission is to handle incidents through sound response techniques, education, training, awareness, research, cooperation and good management.\n',
    ],
    [
      'skills as one clause of a list of aims',
      'education',
      false,
      'The framework aims to centralise the coordination of cyber activities, foster cooperation among stakeholders, promote international collaboration, develop cyber skills and capacities, and ensure a secure cyberspace.\n',
    ],
    [
      'a list that is all about education',
      'education',
      true,
      'The ministry will fund universities, schools, colleges, academies and research centres.\n',
    ],
    [
      'one aim among others that says how it will be met',
      'education',
      true,
      'The strategy aims to protect critical services, deepen international partnerships, and build a skilled workforce through university degrees, apprenticeships and research grants.\n',
    ],
    [
      'a sentence on training programmes that gives examples with “such as”',
      'education',
      true,
      'The national academy will train 400 analysts a year through degree programmes, apprenticeships and short courses on subjects such as digital forensics, malware analysis and secure coding.\n',
    ],
  ];
  holdVerdicts(listCases);

  // One sentence that tells of an act of dialogue, and ones that only aim at it or use its words otherwise: [what,
  // covered?, text].
  const dialogueCases: [string, boolean, string][] = [
    [
      'a conference the body co-organised',
      true,
      'In 2021 the regional body co-organised a conference on cybercrime and electronic evidence with the Council of Europe.\n',
    ],
    [
      'a memorandum that lets two agencies share knowledge',
      true,
      'The memorandum will let the two national agencies share knowledge and experience on handling incidents.\n',
    ],
    [
      'an aim to share best practices among other aims',
      false,
      'The policy promotes collaboration with international partners to share best practices, intelligence and resources against cybercrime.\n',
    ],
    [
      'awareness workshops for pupils and parents',
      false,
      'Schools organise half-day awareness workshops for pupils, teachers and parents.\n',
    ],
    [
      'talks the agency held with an envoy',
      true,
      'Last week the regional agency held talks with the visiting envoy of Norland on attacks against undersea cables.\n',
    ],
    [
      'a meeting held for an aim',
      true,
      'The second meeting of the joint working group was held in May to strengthen the protection of ports.\n',
    ],
    [
      'talks the agency only aims to hold',
      false,
      'The agency aims to hold talks with its neighbours on the protection of ports.\n',
    ],
    [
      'public discussions that took place',
      true,
      'Public discussions of the new port rules then took place in all five islands.\n',
    ],
    [
      'a session a council held',
      true,
      'The council held its second session on cyber threats to the region in Addis Ababa.\n',
    ],
    [
      'a training session a regulator held',
      false,
      'The regulator held a two-day training session for the staff of ministries.\n',
    ],
    [
      'ministers who met during a regional meeting',
      true,
      'The home minister met with his Norland counterpart during the regional ministerial meeting on transnational crime.\n',
    ],
    [
      'envoys who met in a capital',
      true,
      'The cyber envoys of the four partners met in Port Vila on 30 January and agreed on common requirements for ports.\n',
    ],
    [
      'a minister who met a delegation on a date, at a palace',
      true,
      'The minister met on 14 March 2025, at the Government Palace, with a delegation from the Norland embassy to discuss cooperation on cyber defence.\n',
    ],
    [
      'a draft bill made available for public consultation',
      true,
      'The ministry has made its draft data protection bill available for public consultation until 30 June.\n',
    ],
    [
      'a regulator inviting comments in a round of consultations',
      true,
      'The regulator invites operators, banks and citizens to read the draft and submit comments by 1 March, in a first round of consultations.\n',
    ],
    [
      'a consultant who opened a report for comments',
      false,
      'The consultant opened the report for comments from the team.\n',
    ],
    [
      'a symposium a minister officially opened',
      true,
      'The minister officially opened a two-day symposium on emerging technology at the convention centre.\n',
    ],
    [
      'a summit bringing ministers and regulators together',
      true,
      'The summit is bringing ministers, regulators and CERT leaders together in Apia this week.\n',
    ],
    [
      'delegations who took part in a meeting, in Portuguese',
      true,
      'As delegações participaram do encontro ampliado com os ministros da defesa.\n',
    ],
    [
      'a conference a centre runs every year',
      true,
      'The centre runs an annual international conference for cyber defence professionals.\n',
    ],
    [
      'a workshop that brought people together',
      true,
      'The two-day workshop brought together regulators, banks and telecom operators.\n',
    ],
    [
      'a survey that gathered answers',
      false,
      'The survey gathered answers from 300 firms about their training sessions.\n',
    ],
    [
      'threat information a CERT shares with experts at a forum',
      true,
      'The national CERT shares information on threats with experts from the region at its annual forum.\n',
    ],
    ['information sharing named alone', false, 'Information sharing will be improved.\n'],
    [
      'staff exchanging information with a help desk',
      false,
      'Staff exchange information with the help desk by email.\n',
    ],
    [
      'stakeholders who gathered somewhere to discuss a plan',
      true,
      'On Thursday, stakeholders gathered at the Harbour Hotel to discuss the action plan for the strategy.\n',
    ],
    ['evidence gathered, no meeting', false, 'The evidence gathered in Tonga shows the scale of the fraud.\n'],
    ['a target met, no meeting', false, 'The ministry met its target of connecting every school in 2023.\n'],
    [
      'a plan met with criticism',
      false,
      'The draft plan for the ports met with criticism from the shipping companies.\n',
    ],
    ['meetings still to come', false, 'Regular meetings with the banks will be needed once the new rules apply.\n'],
    [
      'a bidders’ conference in a procurement notice',
      false,
      'An optional bidders conference will be held on 12 May at the agency’s offices.\n',
    ],
  ];
  holdVerdicts(dialogueCases.map(([what, expected, text]) => [what, 'dialogue', expected, text]));

  // Work done with others told in weak words, and the same words with no one named to work with.
  holdVerdicts([
    [
      'a response team whose mission is to raise awareness',
      'education',
      true,
      'The national response team’s first mission is to raise cybersecurity awareness among citizens and small firms.\n',
    ],
    [
      'an awareness month a ministry dedicated',
      'education',
      true,
      'This year the ministry has dedicated October, for the first time, as Cyber Awareness Month across the islands.\n',
    ],
    [
      'an awareness launch that took place',
      'education',
      true,
      'The public awareness launch for the new cybercrime law took place in the capital last week.\n',
    ],
    [
      'awareness raising as a benefit talked of',
      'education',
      false,
      'Speakers listed the benefits to be gained from conducting awareness raising in remote communities.\n',
    ],
    [
      'a workshop held to strengthen prosecutors’ capacity',
      'education',
      true,
      'A regional workshop was held in May to strengthen the capacity of prosecutors to obtain electronic evidence.\n',
    ],
    [
      'an aim to strengthen the capacity of the police',
      'education',
      true,
      'The programme aims to strengthen the capacity of police authorities to investigate and prosecute cybercrime.\n',
    ],
    [
      'a strategy the government adopted',
      'policy',
      true,
      'On 2 June the Government adopted the Strategy for the Development of Information Safety for 2025-2028.\n',
    ],
    [
      'training a delegation held, the sentence opening with who led it',
      'education',
      true,
      'The delegation, led by the regional body’s cyber specialists, held a three-day workshop aimed at the provision of technical training on incident response.\n',
    ],
    [
      'training named among who took part in a meeting',
      'education',
      false,
      'The meeting was attended by representatives of ministries, regulators and the national training academy.\n',
    ],
    [
      'a vendor’s page on its monitoring service',
      'partnerships',
      false,
      '# Managed SOC\n\nOur Security Operations Center monitors your logs around the clock and handles incidents.\n\n## Key benefits\n\n- Incident handling in response scenarios developed in collaboration with you as a customer\n- Monthly compliance reporting against the regulation that applies to you\n',
    ],
    [
      'a firm’s privacy policy that names a data protection regulation',
      'policy',
      false,
      'At Harbour & Pike we are committed to the privacy of every client. Personal data, as defined in the General Data Protection Regulation adopted by the European Parliament, is handled under our long-standing privacy policies.\n',
    ],
    [
      'a position description’s accountabilities',
      'policy',
      false,
      '# Coordinator, Incident Response\n\n## Key accountabilities and deliverables\n\nThe coordinator will support the incident management system and the national incident response plan, including:\n\n- Triaging and responding to incidents reported to the national CERT.\n- Maintaining incident reports for the regulator.\n',
    ],
    [
      'a start-up’s funding round',
      'partnerships',
      false,
      'The Tallinn start-up closed a Series B funding round led by two venture firms. It has partnered with three telecom operators and joined two industry alliances.\n',
    ],
    [
      'a consultation the regulator conducted',
      'dialogue',
      true,
      'The regulator conducted a consultation on the national cybersecurity strategy in the northern province last month.\n',
    ],
    [
      'a response team at work, named with a suffix and an apposition',
      'policy',
      true,
      'CERT-XY, the cyber security department of the information system authority, registered 2,700 incidents last year.\n',
    ],
    [
      'a response team that has just concluded an operation',
      'policy',
      true,
      'CERT.XY has just concluded a month-long surge with the armed forces of two allies.\n',
    ],
    [
      'a meeting’s topic on a hard-wrapped line that begins with a capital',
      'policy',
      false,
      'Speakers at the forum discussed how the\nNational Cybersecurity Strategy and its action plan will be carried out.\n',
    ],
    [
      'a product page whose name is marked as a trade mark',
      'education',
      false,
      'Shieldway™ DNS Filter blocks malicious domains. Our engineers trained a neural network on research data for Shieldway™ so that it learns new threats.\n',
    ],
    [
      'news of a company’s acquisition',
      'partnerships',
      false,
      'The operator has sold its business units in three countries to a regional cloud firm. This acquisition follows the buyer’s strategic partnership with two telecom operators, signed last year with the support of international partners, and the transaction closes in May.\n',
    ],
    [
      'an applicant privacy notice',
      'policy',
      false,
      '# Applicant privacy notice\n\nThe personal data you enter in our CV database is processed in compliance with the national legislation and the General Data Protection Regulation, and kept on a server in the EU.\n',
    ],
    [
      'a listed company’s shares suspended after an attack',
      'policy',
      false,
      'The loom maker’s shares were suspended on Tuesday morning on the stock exchange pending a press release, the financial markets regulator (FMA) announced.\n',
    ],
    [
      'what a network says it is not',
      'policy',
      false,
      'The regional network is not a Computer Emergency Response Team (CERT) or a Computer Security Incident Response Team (CSIRT) and does not provide an incident response capability.\n',
    ],
    [
      'a strategy adopted and a CERT set up, told with “not only”',
      'policy',
      true,
      'The government not only adopted a national cybersecurity strategy in March but also set up a national CERT.\n',
    ],
    [
      'a dialogue two governments concluded',
      'dialogue',
      true,
      'On 4 May, in the capital, the two governments concluded their second inter-agency dialogue on cyber issues.\n',
    ],
    [
      'a national agenda described by what it strengthens',
      'policy',
      true,
      'The new National Cyber Security Agenda strengthens the country’s digital security and protects its vital interests.\n',
    ],
    [
      'a workshop a regulator launched, in French',
      'dialogue',
      true,
      'Le régulateur a lancé ce mardi un atelier de deux jours sur la cybercriminalité avec les opérateurs et le secteur privé.\n',
    ],
    [
      'the setting up of response teams elsewhere, promoted',
      'policy',
      false,
      'The regional network’s agreement provides for the promotion of the establishment of Computer Security Incident Response Teams (CSIRTs) in research networks across the continent.\n',
    ],
    [
      'a forum that concluded in a city',
      'dialogue',
      true,
      'The fourth national Cybersecurity Forum concluded in the port city over the weekend, the commission’s director said while officially closing the forum.\n',
    ],
    [
      'a strategy described by what it sets out',
      'policy',
      true,
      'The new national cybersecurity strategy sets out five objectives for the years 2026 to 2030.\n',
    ],
    [
      'a national policy described by what it defines, in Spanish',
      'policy',
      true,
      'La nueva Política Nacional de Ciberseguridad define los desafíos del país y establece objetivos hasta 2028.\n',
    ],
    [
      'a strategy carried forward by a cabinet decision, in German',
      'policy',
      true,
      'Mit dem Kabinettsbeschluss vom Mittwoch wird die Cyber-Sicherheitsstrategie aus dem Jahr 2021 fortgeschrieben.\n',
    ],
    [
      'a company’s marketing strategy that sets out its goals',
      'policy',
      false,
      'The vendor’s new marketing strategy sets out five goals for its sales teams in the region.\n',
    ],
    [
      'a strategy launched, in French',
      'policy',
      true,
      'Le ministre a présidé le lancement de la stratégie nationale de la cybersécurité, ce lundi à Niamey.\n',
    ],
    [
      'a national plan approved, in Spanish',
      'policy',
      true,
      'El país cuenta con un Plan Nacional de Ciberseguridad, aprobado en 2019, que fija las políticas públicas del área.\n',
    ],
    [
      'cooperation with partners the state bolstered',
      'partnerships',
      true,
      'Since the attacks the state has bolstered its cooperation with partners in the Gulf and in Europe.\n',
    ],
    [
      'a hub led in partnership with a company and an agency',
      'partnerships',
      true,
      'The hub, led by the national authority in partnership with a network vendor and a development agency, opened in May.\n',
    ],
    [
      'a drill organised by a ministry and the ITU',
      'partnerships',
      true,
      'The regional drill was organized in Paramaribo by the Ministry of Communication and the International Telecommunication Union.\n',
    ],
    [
      'the ITU named after a ministry’s own drill',
      'partnerships',
      false,
      'The ministry organized its own drill, using a scenario the ITU had published years before.\n',
    ],
    [
      'ministers who gathered after a list of their states',
      'dialogue',
      true,
      [
        'We, the ministers of the island states, namely the Republic of Fiji, the Independent State of Samoa, the Kingdom of',
        'Tonga, the Republic of Vanuatu and the Republic of Nauru (hereinafter “the Parties”), gathered in Suva, Fiji on 3',
        'and 4 May, the tenth year of their Friendship and Cooperation, for the Ministerial Policy Meeting on Cyber',
        'Resilience.\n',
      ].join(' '),
    ],
    [
      'a strategy launched at a dialogue meeting',
      'dialogue',
      true,
      'The country’s first international cyber strategy was launched in Tallinn at the annual dialogue meeting on international cyber issues.\n',
    ],
    [
      'a strategy to be presented at a meeting',
      'dialogue',
      false,
      'The strategy will be presented at the next dialogue meeting of the regional network.\n',
    ],
  ]);

  holdVerdicts([
    [
      'a body named that supports a country',
      'partnerships',
      true,
      'The OAS is supporting Costa Rica in developing its national cybersecurity strategy.\n',
    ],
    [
      'a body named that supports a country, in Spanish',
      'partnerships',
      true,
      'La OEA está apoyando a Costa Rica en el desarrollo de su estrategia.\n',
    ],
    [
      'a training that is the joint effort of three bodies',
      'partnerships',
      true,
      'The training was a collaborative effort of WebSafe Samoa, PACER Plus and the Business Trade and Investment Board.\n',
    ],
    [
      'a session organised jointly with a foundation',
      'partnerships',
      true,
      'The session is organised jointly with the US-Ukraine Foundation.\n',
    ],
    [
      'a strategy supported by a foreign government',
      'partnerships',
      true,
      'The drafting of the new strategy is supported by the Government of Finland.\n',
    ],
    [
      'a strategy supported by a foreign government, in Portuguese',
      'partnerships',
      true,
      'A elaboração da estratégia conta com o apoio do Governo da Finlândia.\n',
    ],
    [
      'findings supported by a survey',
      'partnerships',
      false,
      'The findings are supported by the annual survey of firms.\n',
    ],
    [
      'a firm brought in as a partner',
      'partnerships',
      true,
      'The agency has roped in a US security firm as its first partner to provide training.\n',
    ],
    ['a partner asked for', 'partnerships', false, 'The agency is looking for a partner to provide training.\n'],
    [
      'support that names no one',
      'partnerships',
      false,
      'The ministry is supporting small firms in meeting the rules.\n',
    ],
    [
      'a joint effort asked for',
      'partnerships',
      false,
      'Protecting hospitals needs a collaborative effort from everyone.\n',
    ],
  ]);

  // A strategy's aims written as a list of "To …" items (the objectives' genre and what it reads).
  const aimsStrategy = [
    '# National strategy',
    '',
    '1. To protect state networks, secure online services for citizens, improve and retain security skills, encourage public-private partnerships, boost and maintain international cooperation.',
    '2. To establish a framework for information security, with international standards and best practices.',
    '3. To set up a body that tests and certifies software.',
    '4. To protect personal data held by government and business.',
    '',
  ].join('\n');

  // Training given and people trained (a number of them), bodies that only received a report or name a credential's
  // subject, and a strategy's objectives led in above a longer list: [what, pillar, covered?, text].
  holdVerdicts([
    ['officers trained, by number', 'education', true, 'The ministry trained 200 officers in digital forensics.\n'],
    ['a thousand staff trained', 'education', true, 'Last year the agency trained 1,250 staff in incident handling.\n'],
    [
      'training that was provided',
      'education',
      true,
      'In addition, training was provided on cybercrime investigations and the collection of digital evidence.\n',
    ],
    ['training only wished for', 'education', false, 'Staff would like more training.\n'],
    [
      'a speaker at a workshop',
      'dialogue',
      true,
      'The minister, speaking at the regional workshop on the cybercrime convention in Suva, urged states to join it.\n',
    ],
    [
      'a speaker at a launch',
      'dialogue',
      false,
      'The minister, speaking at the launch of the new app, praised its designers.\n',
    ],
    [
      'a conference conducted',
      'dialogue',
      true,
      'The defence college conducted a virtual conference on national cyber defence in July.\n',
    ],
    ['a survey conducted', 'dialogue', false, 'The defence college conducted a survey of its cyber defence staff.\n'],
    [
      'a law drafted in collaboration with international bodies',
      'partnerships',
      true,
      'The agency, in collaboration with international technical organisations, has worked on drafting a new cyber law.\n',
    ],
    [
      'a response team that works in cooperation with others',
      'partnerships',
      true,
      'The national CERT works in cooperation with the government, internet providers and security firms to stop attacks.\n',
    ],
    ['software that works with browsers', 'partnerships', false, 'The software works with most browsers.\n'],
    [
      'a response team said to be the national one',
      'policy',
      true,
      'CERT Norland is the National Computer Emergency Response Team of the kingdom.\n',
    ],
    [
      'a response team named as the country’s in apposition',
      'policy',
      true,
      'Visitors asked about NorCERT, the national CERT of Norland.\n',
    ],
    [
      'the national response team in a list of who met',
      'policy',
      false,
      'The ministry, the national CERT and the police met.\n',
    ],
    [
      'a response team set up, told in a relative clause',
      'policy',
      true,
      'The Norland CERT, which was established in June 2018, answers calls from the public.\n',
    ],
    [
      'a national centre at work, told in the progressive',
      'policy',
      true,
      'The National Cyber Security Centre is providing advice and guidance to firms.\n',
    ],
    [
      'a response team that holds its annual drill',
      'policy',
      true,
      'The national CERT holds its annual national cyber drill in November.\n',
    ],
    [
      'an information-sharing alliance a body launched, to be joined (a structure, no exchange told)',
      'dialogue',
      false,
      'Join the regional information-sharing alliance launched by the Council of Europe.\n',
    ],
    [
      'information exchanged with foreign governments and international organisations',
      'dialogue',
      true,
      'As the national contact point, the team exchanges information and warnings with foreign governments and international organisations.\n',
    ],
    [
      'information shared with telecom operators, in a clause apart from the UN process named',
      'dialogue',
      false,
      'The ministry will deepen its engagement through the UN Open-ended Working Group, and formalise information-sharing agreements with the main telecom operators.\n',
    ],
    [
      'skills beside a threat that continues to increase (a trend, no aim)',
      'education',
      false,
      'The threat continues to increase as IT skills progress.\n',
    ],
    [
      'a strategy’s primary purpose told inline, one of them international cybersecurity cooperation',
      'partnerships',
      true,
      'The primary purpose of the national cybersecurity strategy is to protect digital infrastructure, safeguard citizens and institutions, and reinforce the country’s international cybersecurity cooperation.\n',
    ],
    [
      'a workshop’s purpose told inline (its own, not a strategy’s)',
      'partnerships',
      false,
      'The purpose of the workshop on the national strategy is to protect digital infrastructure, safeguard citizens and institutions, and reinforce international cooperation.\n',
    ],
    [
      'a state’s statement to the UN General Assembly that supports an international dialogue',
      'dialogue',
      true,
      '# Statement to the UN General Assembly on international security\n\nMr Chairman,\n\nOur country supports the start of an international dialogue on the development of norms for cyberspace.\n',
    ],
    [
      'workshops a post’s holder leads (a job advert)',
      'dialogue',
      false,
      '# Security Architect\n\n## Your new role\n\nA key part of your role will be leading workshops with experts, drafting standards and conducting peer reviews of designs.\n',
    ],
    [
      'a meeting organized by a ministry and an embassy that was held (the verb far after the noun)',
      'dialogue',
      true,
      'On 26 November a donor coordination meeting organized by the justice ministry and the British Embassy was held in Tbilisi, where the draft strategy was discussed.\n',
    ],
    [
      'a strategy drawn up with the support of ITU experts, in French',
      'partnerships',
      true,
      'La stratégie a été élaborée par l’agence avec l’accompagnement des experts de l’Union internationale des télécommunications.\n',
    ],
    [
      'a five-day training workshop an agency was enlisted to facilitate',
      'education',
      true,
      'The regulator enlisted the ITU to facilitate the five-day training workshop.\n',
    ],
    [
      'a training programme for magistrates, lawyers and police',
      'education',
      true,
      'The country takes part in a cybercrime training programme for magistrates, lawyers and judicial police.\n',
    ],
    [
      'training programmes for civil servants, in Spanish',
      'education',
      true,
      'Estamos enfocando los programas de capacitación a funcionarios del Estado.\n',
    ],
    [
      'a strategy’s guidelines led in by a long paragraph’s last sentence, one of them cybersecurity competence',
      'education',
      true,
      'The government approved the updated cybersecurity strategy. The previous one dated from 2013, and the threats have changed a great deal since then, so a new document was needed. The strategy is based on three strategic guidelines:\n\n- closer international cooperation with the EU,\n- better coordination of cybersecurity management,\n- development of cybersecurity competence.\n',
    ],
    [
      'a body’s coordinator by title (a post, no coordination)',
      'partnerships',
      false,
      'The OSCE Project Co-ordinator in Ulaanbaatar opened the workshop on confidence-building measures.\n',
    ],
    [
      'people participating in a training programme',
      'education',
      true,
      'Those participating in the training programme must prepare themselves as trainers to train other officers.\n',
    ],
    [
      'science and technology in a ministry’s remit (no research done)',
      'education',
      false,
      'The plan to set up the agency followed the widening of the ministry’s remit to include cyber security, e-government and science and technology.\n',
    ],
    [
      'policy words spread over a readout’s paragraphs, none of them policy at work',
      'policy',
      false,
      '# Talks\n\nNorland asked about critical information infrastructures.\n\nThe Union spoke of data protection and its legal framework.\n\nBoth spoke of combating cybercrime.\n',
    ],
    [
      'a college in a list of places a consultation visited (the consultation’s objective is no strategy’s)',
      'education',
      false,
      'The ministry held a consultation on the national strategy. The objective of the consultation is to hear the views of local communities and their leaders on the strategy.\n\nThe consultation targets village heads, youth leaders and women leaders who use the internet every day.\n\nAreas of consultation:\n\n1. North Harbour\n2. West Bay\n3. Hill Town\n4. Lake Side\n5. Riverside College, Central District\n6. South Point\n',
    ],
    [
      'skills a service depends on, with a service provided far from them',
      'education',
      false,
      'Based on the staff and the necessary skills available, requests from companies are handled free of charge or for a fee, depending on the type of service provided.\n',
    ],
    [
      'a post’s duty to work with partners (a job advert)',
      'partnerships',
      false,
      '# Security Analyst\n\n## Key Responsibilities\n\n- Work closely with regulators and external vendors, in collaboration with international partners, on incident escalation.\n- Monitor alerts.\n',
    ],
    [
      'a directorate whose responsibilities include cooperation with partners (no job advert)',
      'partnerships',
      true,
      'The directorate’s responsibilities include cooperation with international partners, such as the joint cyber exercises it runs with Estonia and Finland.\n',
    ],
    [
      'capacity an event aimed to build, at a university named',
      'education',
      false,
      'The Perry Center at the National Defense University organized a seminar on cybersecurity. The event aimed to enhance regional cooperation and build capacity in cybersecurity.\n',
    ],
    [
      'a strategy and a law only called for at a forum',
      'policy',
      false,
      'At the forum, participants emphasized the urgent need for a national cybersecurity strategy and a cybercrime law.\n',
    ],
    [
      'a national security administration that thwarted attacks',
      'policy',
      true,
      'The Information Network Security Administration has successfully thwarted 2,500 attempted attacks this quarter.\n',
    ],
    [
      'a national response team that provides help',
      'policy',
      true,
      'The Norland CERT provides help to small firms hit by ransomware.\n',
    ],
    [
      'a national security administration that has been defending the country’s cyberspace',
      'policy',
      true,
      'The Information Network Security Administration (INSA) has been effectively defending the country’s cyberspace.\n',
    ],
    [
      'a national cybersecurity council that held its first meeting',
      'policy',
      true,
      'The national Cybersecurity Council held its first meeting after the cabinet approved it.\n',
    ],
    [
      'a strategy’s axes told inline, one of them skills',
      'education',
      true,
      'The new national cybersecurity strategy rests on four strategic axes: the protection of critical systems, the fight against cybercrime, the development of digital security skills, and trust in online services.\n',
    ],
    [
      'a strategy’s objectives told inline, one of them international cooperation',
      'partnerships',
      true,
      'The strategy sets five objectives, including stronger defences, faster prosecution of cybercrime, a culture of security and enhanced international cooperation.\n',
    ],
    [
      'a strategy’s objectives in long list items, one of them through international partnerships',
      'partnerships',
      true,
      'The national strategy sets out three strategic objectives:\n\n1. Protect: make government networks and essential services resilient against attacks of every kind;\n2. Respond: build the means to detect and answer attacks on the state and its information assets;\n3. Grow: develop the knowledge needed for robust security, through academia, private sector, research and development and international partnerships.\n',
    ],
    [
      'a workshop’s objectives in long list items (its own, not a strategy’s)',
      'partnerships',
      false,
      'The workshop on the national strategy had three objectives:\n\n1. Protect: make government networks and essential services resilient against attacks of every kind;\n2. Respond: build the means to detect and answer attacks on the state and its information assets;\n3. Grow: develop the knowledge needed for robust security, through academia, private sector, research and development and international partnerships.\n',
    ],
    [
      'a workshop’s objectives told inline (its own, not a strategy’s)',
      'partnerships',
      false,
      'The workshop on the national strategy had five objectives, including stronger defences, faster prosecution of cybercrime, a culture of security and enhanced international cooperation.\n',
    ],
    [
      'training after “given” that opens a sentence (no training given)',
      'education',
      false,
      'Given the rise in attacks, more training matters for the ministry.\n',
    ],
    [
      'training on a condition “provided that”',
      'education',
      false,
      'Staff get more training, provided that the budget allows.\n',
    ],
    [
      'cooperation a forum looked at',
      'partnerships',
      false,
      'The forum also looked at what the countries of the region plan to enhance cooperation and collaboration with other stakeholders at the national, regional and international levels.\n',
    ],
    [
      'cooperation agreed at a forum',
      'partnerships',
      true,
      'At the forum the countries of the region signed a cooperation agreement with the regional CERT network.\n',
    ],
    [
      'a consultant’s terms of reference, a duty that names regulation standing for a heading',
      'policy',
      false,
      [
        '# Terms of reference',
        '',
        '- Position Title: Payments Security Expert',
        '- Reporting to: Programme Lead',
        '',
        '## Objectives of the role',
        '',
        'The primary objective of the role is to protect the payment switch and ensure compliance with financial and data protection regulations.',
        '',
        '## Key Responsibilities',
        '',
        '- Protecting Payment Data',
        '  - Encrypt stored data.',
        '  - Share best practices with banks.',
        '- Ensuring Regulatory Compliance',
        '  - Follow national regulations.',
        '  - Prepare audit reports.',
        '- Training the Team',
        '  - Train staff in secure coding.',
        '',
      ].join('\n'),
    ],
    [
      'the challenges a forum aimed to identify, hosted by an agency',
      'policy',
      false,
      'The regional forum, hosted by the National Agency for Computer Security, aimed to identify the challenges of securing critical information infrastructures and meeting national requirements.\n',
    ],
    [
      'a strategy that aims to identify risks and protect critical information infrastructures',
      'policy',
      true,
      'The national cyber strategy, adopted in May, aims to identify risks and protect critical information infrastructures.\n',
    ],
    [
      'workshops and training carried out',
      'education',
      true,
      'Most of the workshops and training were carried out online because of the pandemic.\n',
    ],
    [
      'incidents handled by a national response team, told in the passive',
      'policy',
      true,
      'The report covers the incidents handled by the Kalvanian Computer Incident Response Team from July to June.\n',
    ],
    [
      'a response team only named beside a report',
      'policy',
      false,
      'The report was written with the Kalvanian Computer Incident Response Team in mind.\n',
    ],
    [
      'a strategy’s aims written as a list of “To …” items, cooperation named inside one',
      'partnerships',
      true,
      aimsStrategy,
    ],
    ['best practices a strategy’s aim adopts, not shares', 'dialogue', false, aimsStrategy],
    [
      'best practices a strategy’s aim shares',
      'dialogue',
      true,
      aimsStrategy.replace(
        'with international standards and best practices',
        'and to share best practices with neighbouring CERTs',
      ),
    ],
    [
      'a heading on a curriculum for response teams',
      'policy',
      false,
      '# Annual report\n\n## A global education curriculum for Computer Security Incident Response Teams\n\nThe forum will write the curriculum with the national CERTs of its members, which asked for training on incident response.\n',
    ],
    [
      'a heading that names response teams, over the same section',
      'policy',
      true,
      '# Annual report\n\n## Computer Security Incident Response Teams\n\nThe forum will write the curriculum with the national CERTs of its members, which asked for training on incident response.\n',
    ],
    [
      'a state cybersecurity operations centre to be set up beside the national response team (Spanish)',
      'policy',
      true,
      'La autoridad anunció la creación de un Centro de Operaciones de Ciberseguridad y el fortalecimiento del equipo nacional de respuesta a incidentes.\n',
    ],
    [
      'a cybersecurity operations centre beside the national CERT',
      'policy',
      true,
      'The ministry opened a Cybersecurity Operations Centre that works beside the national computer emergency response team.\n',
    ],
    [
      'a trend told (attacks that are increasing), not an aim, beside public and private sectors',
      'partnerships',
      false,
      'It is not only the number of attacks that is increasing, which spurs demand for better response capability in the public and private sectors.\n',
    ],
    [
      'a breach reported to the police, a regulator and the national CERT',
      'policy',
      false,
      'The breach has been reported to the police, the Data Protection Authority and the national Computer Emergency Response Team.\n',
    ],
    [
      'a national CERT that handled the reported incidents',
      'policy',
      true,
      'The national CERT handled 340 incidents reported by banks and hospitals last year.\n',
    ],
    [
      'a lecturer’s certifications in building response teams',
      'policy',
      false,
      'He holds certifications in creating computer security incident response teams and in requirements engineering.\n',
    ],
    [
      'a strategy’s eight objectives, education among the short ones after three long ones',
      'education',
      true,
      [
        '# National strategy adopted',
        '',
        'The three-year strategy consists of eight strategic objectives:',
        '',
        '1. Protect the networks that hospitals, power plants and banks depend on every day',
        '2. Build an incident response system ready to act as soon as a threat arises',
        '3. Draft a comprehensive legal framework for security across all sectors of society',
        '4. Establish a cybersecurity authority',
        '5. Boost security in public institutions',
        '6. Teach cybersecurity at every level of education',
        '7. Set standards for IT systems',
        '8. Foster a culture of security awareness',
        '',
      ].join('\n'),
    ],
  ]);

  // One sentence that tells of a body set up, a law under review, a course held or people trained, and ones that
  // only use those words otherwise: [what, pillar, covered?, text].
  holdVerdicts([
    [
      'a response team a ministry set up',
      'policy',
      true,
      'The defence ministry has set up a Computer Emergency Response Team to handle attacks on military networks.\n',
    ],
    [
      'an agency that became operational',
      'policy',
      true,
      'The National Cybersecurity Agency has been operational since Monday.\n',
    ],
    [
      'a national centre at work on the incidents it recorded',
      'policy',
      true,
      'In the first half of the year the National Cyber Security Centre recorded 412 incidents, most of them phishing.\n',
    ],
    [
      'a national response team that issued advisories',
      'policy',
      true,
      'Last year the national CSIRT issued 58 advisories to ministries and operators of essential services.\n',
    ],
    [
      'a company’s own response team at work on its breach',
      'policy',
      false,
      'Within hours the retailer’s incident response team detected the intrusion, and its incident response team notified customers.\n',
    ],
    [
      'a network that only takes in CSIRT advisers',
      'policy',
      false,
      'The project will establish an informal network of CSIRT technical advisers and diplomats.\n',
    ],
    [
      'a new act that repeals an old one',
      'policy',
      true,
      'The Cybersecurity Act 2024, she said, repeals the Computer Misuse Act of 2006.\n',
    ],
    [
      'an act that provides for a committee',
      'policy',
      true,
      'The Cybersecurity Act 2024 provides for a cybersecurity committee and a legal framework against cybercrime.\n',
    ],
    [
      'a law the government is reviewing',
      'policy',
      true,
      'The government is reviewing the Cybercrime Act to cover ransomware and online fraud.\n',
    ],
    [
      'a forum the team started',
      'dialogue',
      true,
      'In 2019 the national CERT started a forum for the country’s internet providers and abuse desks.\n',
    ],
    [
      'a network a government helped fund through its cooperation programme',
      'partnerships',
      true,
      'The Norland government has helped fund the regional incident network through its cooperation programme.\n',
    ],
    [
      'a cooperation programme only due for debate',
      'partnerships',
      false,
      'A cooperation programme with the region is due to be debated in parliament next year.\n',
    ],
    [
      'international partners a university joins',
      'partnerships',
      true,
      'The university will join international partners in launching a centre for the security of large events.\n',
    ],
    [
      'a workshop the regulator held',
      'education',
      true,
      'The regulator held a two-day capacity-building workshop for senior managers of ministries.\n',
    ],
    [
      'the launch of an awareness campaign',
      'education',
      true,
      "Speaking at the official launch of the Cybersecurity Public Awareness Campaign on 4 May, the director noted the country's progress.\n",
    ],
    [
      'a course police officers attended',
      'education',
      true,
      'Forty police officers attended a five-day cybercrime training course in the capital.\n',
    ],
    [
      'a training programme under way',
      'education',
      true,
      'A three-day training programme is currently underway in the capital for bank staff.\n',
    ],
    [
      'a university someone attended',
      'education',
      false,
      'She attended the university in the 1990s before joining the ministry.\n',
    ],
    [
      'a training centre a ministry opened',
      'education',
      true,
      'The interior ministry opened a cybersecurity training centre for police investigators last week.\n',
    ],
    [
      'a strategy that places its emphasis on partnerships',
      'partnerships',
      true,
      'The minister said the strategy places a heavy emphasis on local, regional and international partnerships.\n',
    ],
    [
      'a workshop given with a foreign government’s support',
      'partnerships',
      true,
      'The regional workshop was delivered in Tonga for the first time thanks to support from the Australian Government.\n',
    ],
    [
      'a centre built in collaboration with a foreign government',
      'partnerships',
      true,
      'The centre has been built in collaboration with the Government of Norland, which will equip it for two years.\n',
    ],
    [
      'a regulator that works with a named body',
      'partnerships',
      true,
      'The regulator works closely with the ITU on harmonising the region’s cybercrime laws.\n',
    ],
    [
      'a body that works with a named body, in French',
      'partnerships',
      true,
      'Le régulateur travaille de concert avec l’Union européenne à l’harmonisation des lois.\n',
    ],
    [
      'an agency that maintains close cooperation with its neighbours',
      'partnerships',
      true,
      'The agency maintains close cooperation with the response teams of its neighbours.\n',
    ],
    [
      'staff who work with the ministry at home',
      'partnerships',
      false,
      'Our analysts work with the Ministry of Finance on the annual budget.\n',
    ],
    [
      'a sum a country gives to a named body',
      'partnerships',
      true,
      'Norland will contribute $1.2 million to INTERPOL to train prosecutors and police in the region.\n',
    ],
    [
      'a sum a ministry gives to its own centre',
      'partnerships',
      false,
      'The ministry will contribute $2 million to the new national training centre for police investigators.\n',
    ],
    [
      'a campaign in a project a named bank funds',
      'partnerships',
      true,
      'The two regional bodies opened the campaign in Castries as part of the World Bank-funded digital transformation project.\n',
    ],
    [
      'training in a project a union funds, written without a hyphen',
      'partnerships',
      true,
      'The course is part of the capacity building component of the EU funded ECOWAS project for member states.\n',
    ],
    [
      'a count of projects a union co-funds, among a workshop’s participants',
      'partnerships',
      false,
      'The workshop brought together 60 participants from 12 EU-co-funded projects to compare their skills frameworks.\n',
    ],
    [
      'a centre funded by its own federal government',
      'partnerships',
      false,
      'The new response centre is funded by the Federal Government from this year.\n',
    ],
    [
      'a seat a response team was elected to in a regional body',
      'partnerships',
      true,
      'In March the national response team was elected as an APCERT Steering Committee Member.\n',
    ],
    [
      'a library’s members who sign up',
      'partnerships',
      false,
      'If you are a member, you can log into the library with the email address you signed up with.\n',
    ],
    [
      'a law that is the subject of a research study',
      'policy',
      false,
      'Evaluation of regulation: a comparative study of how the NIS2 directive has been transposed in five countries.\n',
    ],
    [
      'a national cyberstrategy approved',
      'policy',
      true,
      'The new national cyberstrategy was approved by the Federal Council and the cantons in April.\n',
    ],
    [
      'awareness sessions a response team completed',
      'education',
      true,
      'The national response team also reported completing 12 awareness sessions for 400 civil servants.\n',
    ],
    [
      'officials counted as trained',
      'education',
      true,
      'More than 20,000 public officials have been trained in digital security since 2020.\n',
    ],
    [
      'a meeting held at a university',
      'education',
      false,
      'The ministers met at the national university, where the meeting was held behind closed doors.\n',
    ],
    [
      'capacity building praised in a statement (no aim, no training)',
      'education',
      false,
      'The ministry values capacity building as the way to close the gap in cyber capabilities between states.\n',
    ],
  ]);

  // The 2026-12-03 afternoon round: patterns of miss found on the fresh sets AX, AY, AZ and BA, said here in our words.
  holdVerdicts([
    [
      'two one-sentence paragraphs of a news story, each with a strong word',
      'education',
      true,
      '# New agency\n\nThe agency will serve as a hub for cyber security research and development.\n\nIt will also focus on promoting cyber security awareness among small firms.\n',
    ],
    [
      'two long paragraphs, each with one strong word, do not pair up',
      'education',
      false,
      '# New agency\n\nThe agency, which opened its doors in the capital last spring after two years of planning, moved into a building that once housed the postal service. Its director says research and development will come later.\n\nThe agency has a budget. It also said awareness matters, in a statement read out to the press by a spokesperson after the opening ceremony had ended and the guests had left the building.\n',
    ],
    [
      'a policy prepared after consultation with stakeholders',
      'dialogue',
      false,
      'The national policy was prepared after consultations and round tables with experts, industry and academia, and it sets up a coordinated response framework.\n',
    ],
    [
      'a plan developed through meetings and workshops',
      'dialogue',
      false,
      'The action plan was developed through a participatory approach based on a series of meetings and workshops held with the implementing agencies and experts.\n',
    ],
    [
      'a consultation held, not a drafting method',
      'dialogue',
      true,
      'The ministry held a public consultation on the draft strategy, and experts from industry and academia exchanged views at two round tables.\n',
    ],
    [
      'working groups on a list of areas, one of them research',
      'education',
      false,
      'Under the accord the two states will set up joint working groups on cyber policy, network defence, research and development, and human capital.\n',
    ],
    [
      'a meeting hosted under its full name',
      'dialogue',
      true,
      'The capital hosted the fourth Regional Ministerial Cybercrime Committee meeting, a gathering of security chiefs from six states.\n',
    ],
    [
      'a memorandum providing for information sharing and best practices',
      'dialogue',
      true,
      'The memorandum provides for information sharing on cyber threats and for best practices in incident handling.\n',
    ],
    [
      'membership of an information-sharing platform is no exchange told of',
      'dialogue',
      false,
      'We joined the regional anti-fraud initiative last year and are a founding member of its information-sharing platform.\n',
    ],
    [
      'a body that will focus on promoting awareness (its work, not a meeting’s topic)',
      'education',
      true,
      'The new centre will focus on promoting cyber security awareness and on training analysts for the public service.\n',
    ],
    [
      'a meeting that focused on awareness (its topic)',
      'education',
      false,
      'The ministers’ meeting focused on awareness and on the skills gap, and the delegations exchanged views.\n',
    ],
    [
      'a workshop organised with a body of the state’s own',
      'partnerships',
      false,
      'The workshop was organised by the ministry in collaboration with the National Communications Authority.\n',
    ],
    [
      'a workshop organised with a body whose name says it is international',
      'partnerships',
      true,
      'The workshop was organised by the ministry in collaboration with the International Cyber Security Authority.\n',
    ],
    [
      'a body the sentence does not say is the state’s own, working with a department',
      'partnerships',
      true,
      'The CTO is working closely with the Department of ICT Policy and Innovation on a cybersecurity framework.\n',
    ],
    [
      'a workshop organised with an international body',
      'partnerships',
      true,
      'The workshop was organised by the ministry in collaboration with the International Telecommunication Union.\n',
    ],
    [
      'best practices and knowledge sharing, two instruments of one family no longer',
      'dialogue',
      true,
      'The network’s work centres on best practices for incident handling and knowledge sharing across its member teams.\n',
    ],
    [
      'assessments conducted in partnership with a force named',
      'partnerships',
      true,
      'The United States sent a team of cyber defence experts to conduct network assessments in partnership with the Barbados Defence Force.\n',
    ],
    [
      'a company’s privacy policy under its heading alone',
      'policy',
      false,
      '# Privacy Policy\n\nWe handle personal information in accordance with the Privacy Act and the national privacy principles, and we report breaches to the regulator as the law requires.\n',
    ],
    [
      'a post advertised full time',
      'policy',
      false,
      '# Chief Information Security Officer\n\n- Full Time\n- Capital city\n\nThe officer develops and implements the bank security programme and enforces the security policy, the incident response procedures and the regulator requirements.\n',
    ],
    [
      'a vendor’s service offered at the customer’s discretion',
      'policy',
      false,
      '# Managed detection\n\nOur responders provide remote assistance or, at your discretion, on-site support, and help you meet the regulator requirements under the national cybersecurity law.\n',
    ],
    [
      'a meeting hosted under a name with a possessive',
      'dialogue',
      true,
      'The telecommunications union, in conjunction with the secretariat, hosted the Caribbean Stakeholders’ Meeting on cyber security in March.\n',
    ],
    [
      'a response team formed, its place after its name',
      'policy',
      true,
      'Last year the Government Computer Emergency Response Team Samoa (GovCERT.WS) was formed to coordinate incident response across the ministries.\n',
    ],
    [
      'advisers of a response team forming a committee (no body set up)',
      'policy',
      false,
      'The Computer Emergency Response Team technical advisers formed a committee.\n',
    ],
    [
      'a strategy’s pillars led in by “including;” (a semicolon for a colon)',
      'education',
      true,
      'The Strategy is anchored on five pillars including; governance structures, legal frameworks, protection of critical infrastructure, cultivating a skilled cybersecurity workforce, and reducing incidents.\n',
    ],
    [
      'public and private sectors as whom a question is about',
      'partnerships',
      false,
      'What steps is the department taking to help improve the cyber security of public and private sector organisations?\n',
    ],
    [
      'public and private sectors working together',
      'partnerships',
      true,
      'The plan can only succeed if the public and private sectors work together, so the ministry will sign cooperation agreements with industry.\n',
    ],
  ]);
  // The 2026-12-03 evening round: patterns of miss that recur on the development sets, said here in our words.
  holdVerdicts([
    [
      'a training the organisation will organize',
      'education',
      true,
      'Next month the regional organisation will organize a sub-regional training in Vienna for the promotion of confidence-building measures among states.\n',
    ],
    [
      'a named body together with an agency',
      'partnerships',
      true,
      'The scholarship programme of the OAS, together with the national innovation agency, opened applications for fifty students.\n',
    ],
    [
      'strategies implemented since a study carried out',
      'policy',
      true,
      'According to the survey, since the last study carried out in 2019, more than half of the countries of the region have developed and implemented national strategies and legal frameworks.\n',
    ],
    [
      'an online meeting held on a day, with its counterpart',
      'dialogue',
      true,
      '# Ministers talk\n\nThe minister made the proposal at an online meeting held on Tuesday with her counterpart from the neighbouring country.\n\nThe two ministries have since expanded the exchange of information between their response teams.\n',
    ],
    [
      'work commissioned by a development agency',
      'partnerships',
      true,
      'The exercise was commissioned by GIZ and funded by the development ministry.\n',
    ],
    [
      'the support of a body told after its name',
      'partnerships',
      true,
      'The roadmap was drawn up by the government with OAS and GPD support.\n',
    ],
    [
      'a body that provided a government with advice',
      'partnerships',
      true,
      'The OAS provided the Government of Belize with technical advice on its strategy.\n',
    ],
    [
      'work contracted by a development bank',
      'partnerships',
      true,
      "The consultancy was contracted by the World Bank to assess the country's critical infrastructure.\n",
    ],
    [
      'work contracted by a bank that is no body',
      'partnerships',
      false,
      'The consultancy was contracted by a local bank to audit its systems.\n',
    ],
    [
      'the own staff and budget support of a ministry',
      'partnerships',
      false,
      'The roadmap was drawn up by the ministry with its own staff and budget support.\n',
    ],
    [
      "a cabinet meeting held on a day (a government's own, no dialogue)",
      'dialogue',
      false,
      'The Cabinet meeting held on Tuesday decided to approve the national cyber security policy.\n',
    ],
    [
      'a training delivered for a number of prosecutors',
      'education',
      true,
      'The two centres partnered to deliver an intensive training for 20 prosecutors from across the country.\n',
    ],
    [
      'an awareness campaign governments will soon launch',
      'education',
      true,
      'Four governments will soon launch a coordinated public awareness campaign on online fraud.\n',
    ],
    [
      'research only proposed before a bill',
      'education',
      false,
      'A proposal to conduct research and draft a bill was tabled in parliament.\n',
    ],
    [
      'a strategy made official, in Spanish',
      'policy',
      true,
      'El Gobierno oficializó la semana pasada su Estrategia Nacional de Ciberseguridad para el período 2025-2028.\n',
    ],
    [
      'a strategy the country has had since a year, in Spanish',
      'policy',
      true,
      'Desde 2019 el país cuenta con una Estrategia Nacional de Ciberseguridad, cuya nueva versión se extiende hasta 2030.\n',
    ],
    [
      'a centre for cybersecurity whose creation was announced, in French',
      'policy',
      true,
      'Le ministre a annoncé la création officielle du Centre pour la cybersécurité, qui a commencé ses travaux en août.\n',
    ],
    [
      'two bodies by name that have launched a project',
      'partnerships',
      true,
      'The secretariat of CARICOM and USAID have launched a two-year project on cyber resilience for the region.\n',
    ],
    [
      'two bodies by name whose officials attended an opening',
      'partnerships',
      false,
      'Officials of CARICOM and USAID attended the opening of the new data centre.\n',
    ],
    [
      'an agreement concluded, in French',
      'partnerships',
      true,
      "Les deux pays ont procédé à la conclusion d'un accord portant sur la coopération opérationnelle et le partage d'informations.\n",
    ],
    [
      'a meeting co-organised with an embassy',
      'partnerships',
      true,
      'The donor coordination meeting was co-organised with the British Embassy in the capital.\n',
    ],
    [
      'a workshop facilitated by a state by its name',
      'partnerships',
      true,
      'The national risk assessment workshop is being facilitated by the United Kingdom for officials of forty agencies.\n',
    ],
    [
      'a phase that goes ahead with support from states by name',
      'partnerships',
      true,
      'The second phase of the project goes ahead with support from Japan and the Republic of Korea.\n',
    ],
    [
      "a workshop facilitated by a ministry's own trainers",
      'partnerships',
      false,
      "The workshop was facilitated by the ministry's own trainers for officials of forty agencies.\n",
    ],
    [
      'a statement the candidate countries align themselves with (no job advert)',
      'dialogue',
      true,
      '# Statement at the working group\n\nThe European Union made this statement at the session of the Open-Ended Working Group, as part of the regular institutional dialogue on ICT security.\n\nThe Candidate Countries North Macedonia, Montenegro and Serbia align themselves with this statement.\n',
    ],
    [
      'a ministry looking for young talents (no job advert)',
      'education',
      true,
      'The shortage of security professionals is a global problem. That is why we are looking for young talents in cyber security and support their development through a national competition for secondary school students.\n',
    ],
    [
      'a national CERT that plays a central role in coordinating the response',
      'policy',
      true,
      'The national CERT plays a central role in coordinating the response to incidents across government networks.\n',
    ],
    [
      'a response team by its full name and short name that is mandated and operates',
      'policy',
      true,
      'The Computer Emergency Response Team of Palau (CERT-PW) is legally mandated and operates as a department of the ministry since 2022.\n',
    ],
    [
      "a company's own team that played a key role",
      'policy',
      false,
      "After the breach, its own incident response team played a key role in restoring the retailer's systems.\n",
    ],
    [
      'a state by its name that funds its own CERT',
      'partnerships',
      false,
      "Kenya funds its national CERT from the ministry's budget, and the CERT reports to the ministry.\n",
    ],
    [
      "a strategy drawn up with a body's technical backing, in Spanish",
      'partnerships',
      true,
      'La estrategia nacional se elaboró con el respaldo técnico de la Organización de los Estados Americanos.\n',
    ],
    [
      'scholarships granted by a body jointly with an agency, in Spanish',
      'partnerships',
      true,
      'Las becas son otorgadas por la OEA conjuntamente con la autoridad nacional de innovación.\n',
    ],
    [
      'a collaboration agreement entered into, in Spanish',
      'partnerships',
      true,
      'El centro nacional y la empresa han suscrito un acuerdo de colaboración para proteger las redes del Estado.\n',
    ],
    [
      'a training that makes staff aware of good practice, in French',
      'education',
      true,
      'Dirigée vers les personnels chargés des réseaux, cette formation les sensibilise aux bonnes pratiques de sécurité.\n',
    ],
    [
      'a strategy the authorities presented, in Spanish',
      'policy',
      true,
      'Las autoridades del Gobierno presentaron este miércoles la Estrategia Nacional de Seguridad Cibernética.\n',
    ],
    [
      'cybersecurity bills approved by the government, in Portuguese',
      'policy',
      true,
      'As propostas de Lei de Segurança Cibernética e de Lei de Crimes Cibernéticos já foram aprovadas pelo Governo.\n',
    ],
    [
      'a strategy under revision, in French',
      'policy',
      true,
      'Une démarche visant à réviser la stratégie nationale de cybersécurité du pays a été engagée cette année.\n',
    ],
    [
      'statements made during a workshop, in Portuguese',
      'dialogue',
      true,
      'As declarações foram feitas durante o Workshop de apresentação do guião técnico, com empresas e a sociedade civil.\n',
    ],
    [
      'an announcement made at a regional conference, in French',
      'dialogue',
      true,
      "Le ministre l'a annoncé lors de la conférence régionale sur la cybersécurité, devant des experts de quinze pays.\n",
    ],
    [
      'a cybersecurity academy to train graduates, in Portuguese',
      'education',
      true,
      'Angola vai contar com a primeira Academia de Cibersegurança, em Luanda, para capacitação de jovens recém-licenciados.\n',
    ],
    [
      'training materials and new courses an agreement provides for, in Spanish',
      'education',
      true,
      'El convenio prevé la creación de materiales formativos y de nuevos cursos de ciberseguridad para el personal técnico.\n',
    ],
    [
      'a national cybersecurity framework adopted',
      'policy',
      true,
      'The kingdom adopted a National Cybersecurity Framework, governed by a directorate of the Ministry of Interior.\n',
    ],
    [
      'a strategy under review',
      'policy',
      true,
      'The directorate is also busy with the review of the Cyber Security Strategy.\n',
    ],
    [
      'stakeholders participating at a workshop',
      'dialogue',
      true,
      'Banks, operators and law-enforcement agencies are among the stakeholders participating at the workshop.\n',
    ],
    [
      'a series of workshops conducted with stakeholders',
      'dialogue',
      true,
      "The team conducted a series of workshops with relevant stakeholders to assess the country's cyber maturity.\n",
    ],
    [
      "gaps identified in close consultation with a body's members",
      'dialogue',
      true,
      'The gaps were identified in close consultation with members of the regional telecommunications organisation.\n',
    ],
    [
      'a statement delivered before a UN committee',
      'dialogue',
      true,
      'The attaché delivered a statement before the First Committee, stressing the exchange of information among states.\n',
    ],
  ]);

  // The 2026-12-03 late round: misses read on the sets held out until then, said here in our words.
  holdVerdicts([
    [
      'a plan named once in full and then by its letters',
      'policy',
      true,
      'The ministry held a public briefing on the National Cyber Security Plan (NCSP) 2025 to 2029 on Monday.\n\nThe NCSP covers e-government services and hospitals, and the national response team handled two thousand incidents last year.\n\nIn May the President signed a decree formally adopting the NCSP.\n',
    ],
    [
      "a ministry's letters, which name no education",
      'education',
      false,
      'The Ministry of Education (MoE) hosted the heads of the provincial offices on Friday.\n\nThe MoE said its network would be upgraded after the outage.\n',
    ],
    [
      'a plan whose brackets hold no letters of its name',
      'policy',
      false,
      'The National Cyber Security Plan (see Annex B) was discussed.\n\nAnnex B lists the hotels for the delegates.\n',
    ],
    [
      'two states that finalised an agreement',
      'partnerships',
      true,
      'Kenya and Ghana have finalised a cybersecurity agreement to boost cooperation on incident handling.\n',
    ],
    [
      'two governments that issued a statement pledging cooperation',
      'partnerships',
      true,
      'In March the Danish and Kenyan Governments issued a statement pledging cooperation on the resilience of their networks.\n',
    ],
    [
      'two states committed to working closely together',
      'partnerships',
      true,
      'Fiji and New Zealand are committed to working closely together to keep their networks safe.\n',
    ],
    [
      'the agencies that signed a memorandum, named as its parties',
      'policy',
      false,
      'The memorandum between the Arcadian national CERT and the Borduria Cyber Security Agency was signed in Geneva on Tuesday, the Computer Emergency Response Team said.\n',
    ],
    [
      'what two agencies will consult on under a memorandum',
      'policy',
      false,
      'Under the memorandum, the two agencies will consult regularly on incident response, the protection of critical infrastructure and the national cyber security policies of each side.\n',
    ],
    [
      'a response team and a directorate at work at home',
      'policy',
      true,
      'The national CERT now handles incident response for every hospital, and the Cyber Directorate enforces the new critical infrastructure regulation.\n',
    ],
    [
      "a project run in cooperation with the state's own ministry",
      'partnerships',
      false,
      'The "Safe Clicks" school project, in cooperation with the Ministry of Education and Sport, aims to teach pupils how to protect their personal data and devices.\n',
    ],
    [
      "a body's office working in cooperation with a ministry",
      'partnerships',
      true,
      'The Programme Office in Dushanbe, in close cooperation with the Ministry of Digital Affairs, has launched a workshop for deputy heads of state agencies.\n',
    ],
    [
      "a project run in cooperation with another state's ministry",
      'partnerships',
      true,
      'The project, in cooperation with the Ministry of Foreign Affairs of Japan, trains officials from ten countries.\n',
    ],
    [
      'what led the agenda at a conference on its day',
      'dialogue',
      true,
      "On the second day of the security track at the Chamber's Safety and Resilience (SRC) Conference on March 4, the response to regional threats led the agenda.\n",
    ],
    [
      'a conference on a subject, not on a day',
      'dialogue',
      false,
      'The conference on cyber norms is a subject the ministry may return to.\n',
    ],
    [
      'fellows who engaged in training over three days',
      'education',
      true,
      'Over three days, the fellows engaged in intensive training on negotiation and international law in cyberspace.\n',
    ],
    [
      'researchers engaged in support of an alliance',
      'education',
      false,
      "Our engineers and researchers will be engaged in support of the alliance's cyber defence initiatives.\n",
    ],
    [
      "a job advert's Education section, the degree it asks for",
      'education',
      false,
      "# Security Analyst\n\n## Job summary\n\nThe analyst monitors the agency's networks and triages alerts. The ideal candidate has three years in a security operations centre.\n\n## Education\n\nA university degree in computer science, information security or a related field, or equivalent training.\n",
    ],
    [
      'a job advert told by its position and purpose, and its skills',
      'education',
      false,
      '# Junior Analyst\n\n## About the position\n\nYou will support the security operations team.\n\n## Job purpose\n\nTo monitor alerts and escalate incidents.\n\n## Essential skills\n\nSkills in log analysis and a degree in computer science; training in incident handling.\n',
    ],
    [
      'a strategy whose one section names a candidate, and its education section',
      'education',
      true,
      "# Strategy\n\n## Roles\n\nThe successful candidate for the pilot's lead will be chosen by the council.\n\n## Education\n\nThe national university will open a master's programme in cybersecurity in 2026 and train 200 specialists a year.\n",
    ],
    [
      "a state's donation to a response team",
      'partnerships',
      true,
      'The minister thanked the ambassador for the donation of the Kingdom of Sweden to the national CERT: a training platform and technical assistance for its first year.\n',
    ],
    [
      'a state and its co-host that completed a workshop',
      'partnerships',
      true,
      'Canada and co-host Ghana completed a four-day workshop on incident handling with experts of the Council of Europe.\n',
    ],
    [
      'a donation of blood, from no state',
      'partnerships',
      false,
      'The ministry thanked its staff for the donation of blood during the campaign, and offered them technical assistance with their pensions.\n',
    ],
    [
      'good practices compared across stakeholders',
      'dialogue',
      true,
      'Compare experiences, perspectives and good practices in cyber policy across ministries, companies and non-governmental groups.\n',
    ],
    [
      'good practices a guide lists, shared with no one',
      'dialogue',
      false,
      'The guide lists good practices for patching servers and backing up data.\n',
    ],
    [
      "a policy meeting's name and what was exchanged at it",
      'policy',
      false,
      '# Outcomes of the 9th Nordic-Andean Cybersecurity Policy Meeting\n\nThe 9th Nordic-Andean Cybersecurity Policy Meeting (the "Policy Meeting") was held online on 4 May.\n\nThe Policy Meeting has been held every year since 2012 to deepen collaboration between the two regions.\n\nThis year the delegations exchanged views on their cybersecurity policies and reviewed joint activities.\n',
    ],
    [
      'a policy meeting held',
      'dialogue',
      true,
      '# Outcomes of the 9th Nordic-Andean Cybersecurity Policy Meeting\n\nThe 9th Nordic-Andean Cybersecurity Policy Meeting was held in Quito on 4 May, where delegations exchanged views on regional threats.\n',
    ],
    [
      'two states that each adopted a strategy of their own',
      'partnerships',
      false,
      'Kenya and Ghana each adopted a national strategy last year.\n',
    ],
  ]);

  // The 2026-12-04 round: misses read on BR, BS and BT after their last figure, said here in our words.
  holdVerdicts([
    [
      'peer exchanges among experts that a project arranged',
      'dialogue',
      true,
      'The project facilitated peer exchanges among CSIRT experts from the region.\n',
    ],
    ['peer and exchange in other senses', 'dialogue', false, 'Exchange rates and peer pressure drove the market.\n'],
    [
      'a bilateral working group two governments mean to launch',
      'dialogue',
      true,
      'The two governments intend to launch a bilateral working group on cyber issues, a standing channel for raising shared concerns.\n',
    ],
    ['a working group of an office', 'dialogue', false, 'The working group on payroll met the staff.\n'],
    [
      'a strategy the cabinet endorsed',
      'policy',
      true,
      'In June the Cabinet endorsed the national cybersecurity strategy, which assigns the response team its tasks.\n',
    ],
    ['a candidate endorsed', 'policy', false, 'The minister endorsed the candidate for the board.\n'],
    [
      'a strategy whose development an incident led to',
      'policy',
      true,
      "That incident led to the development of the country's first national cybersecurity strategy in 2019.\n",
    ],
    [
      'a centre named for the two parties that run it',
      'partnerships',
      true,
      'The ASEAN-Korea Cyber Capacity Centre opened in Jakarta to train officials of both sides.\n',
    ],
    [
      "one body's centre",
      'partnerships',
      false,
      'The ASEAN Cyber Capacity Centre opened in Jakarta to train officials.\n',
    ],
    [
      'training sessions whose participants and experts are the trainees',
      'dialogue',
      false,
      '# Training sessions on virtual currencies and investigation tools\n\nAs part of its work against organised crime, the continental police mechanism, in collaboration with INTERPOL, is holding two training sessions on virtual currencies and investigation tools. These sessions began on 3 June and run until 14 June in Accra.\n\nThe training sessions are benefiting twenty-eight experts from member states, including Ghana, Kenya and Senegal. These sessions aim to give law enforcement officers the tools and knowledge to fight cybercrime.\n\nThe Virtual Currencies Course introduces participants to how virtual currencies work. Participants gain hands-on experience with tracing tools.\n\nThe open-source training equips participants and their trainers, speakers from three agencies, with the expertise to run investigations.\n',
    ],
    [
      "an office's notice of its own incident, with the national centre that helps it",
      'policy',
      false,
      'We are responding to a cybersecurity incident involving unauthorised access to our systems.\n\nWe are working with the National Cyber Security Centre, which has activated its incident response plan and put enhanced monitoring in place for us.\n',
    ],
    [
      'French exercise days that build the skills of public agents',
      'education',
      true,
      "Des journées d'exercices seront organisées en février pour la qualification des compétences de 75 agents publics chargés de la sensibilisation aux risques.\n",
    ],
    [
      'an act the government published by its name',
      'policy',
      true,
      'In April the Government published the Digital Security Act, 2018, which sets up a national agency and an emergency response team.\n',
    ],
    ['an act students are urged to read', 'policy', false, 'He urged the students to read the Digital Security Act.\n'],
    [
      "a government's strategy adopted, in French",
      'policy',
      true,
      'Le Conseil des ministres a adopté la stratégie gouvernementale de cybersécurité 2024-2028, avec trois axes et dix objectifs.\n',
    ],
    [
      "a firm's notice of its own incident, handled with outside experts",
      'partnerships',
      false,
      '# Notice of cybersecurity incident\n\nOn 3 May an intruder reached some servers used by us and copied files.\n\nOn learning of it we acted at once, working in close collaboration with external cybersecurity experts and with the national CERT.\n',
    ],
    [
      "a clinic's update on the incident that hit its systems",
      'policy',
      false,
      '# Service update\n\nOur clinics are back to normal after the cyber incident that affected our systems in March.\n\nOur incident response plan was put into effect at once, and the national cyber security centre has been monitoring our network since.\n',
    ],
    [
      'an event attended by people from many states',
      'dialogue',
      true,
      'The three-day event is being attended by 65 participants from 31 countries of the continent.\n',
    ],
    [
      'a training course attended by people from many states',
      'dialogue',
      false,
      'The two-week training course was attended by 30 participants from 12 countries.\n',
    ],
    [
      'an exercise with participants from many nations',
      'dialogue',
      false,
      'The live-fire exercise opened today with participants from over 40 nations.\n',
    ],
    [
      'the areas two partners commit to collaborative efforts in',
      'policy',
      false,
      'Following consultations in Tallinn, the ministry and its partner affirmed their commitment to continued collaborative efforts in cyber resilience, critical infrastructure protection and combating cybercrime.\n',
    ],
    [
      'what two delegations shared their experiences of',
      'policy',
      false,
      'During the consultation, Ghana and Kenya shared their experiences of adopting a national cybersecurity strategy, establishing a national CERT and enacting cybercrime legislation.\n',
    ],
    [
      'policy dialogues a project facilitated',
      'dialogue',
      true,
      'In 2024 the project facilitated two policy dialogues between the CERTs of the region.\n',
    ],
  ]);

  // The 2026-12-03 evening round: policy missed on the development sets, said here in our words.
  holdVerdicts([
    [
      'a committee tasked with formulating the strategy',
      'policy',
      true,
      'A steering committee set up by the cabinet in March has been tasked with formulating the national cybersecurity strategy.\n\nIts members come from the interior, finance and telecommunications ministries.\n',
    ],
    [
      'a country that now has its cyber security centre',
      'policy',
      true,
      'The island now has a National Cyber Security Centre to protect government networks from attacks.\n\nThe Centre was paid for by the ministry of finance and opens to staff next week.\n',
    ],
    [
      'a response team stood up',
      'policy',
      true,
      'With donor funding, the government stood up a national computer incident response team in 2021.\n',
    ],
    [
      "a law's own articles, which call it this Law",
      'policy',
      true,
      '# Cybersecurity Law\n\nArticle 1. This Law sets the rules for the security of networks and information systems operated in the country.\n\nArticle 2. Operators of critical ICT infrastructure shall notify the national authority of serious incidents within 24 hours.\n',
    ],
    [
      'a room a council now has',
      'policy',
      false,
      'The council now has a meeting room on the third floor for its staff.\n',
    ],
    ['a law of physics', 'policy', false, 'Students asked whether this law of physics also holds in space.\n'],
    // Capacity building is a field as wide as the four pillars (institutions, laws, cooperation): alone it is no
    // education, whatever the number of times it is named; with training, courses or a workshop given, it is.
    [
      'capacity building and capacity development named as a strategy’s heart',
      'education',
      false,
      'Capacity building is at the heart of the strategy, with capacity development for institutions and capabilities for the national CERT.\n',
    ],
    [
      'meetings on capacity building and its needs',
      'education',
      false,
      'By the end of the year three of the four regional hubs will have held meetings on capacity building, and a fourth will assess capacity development needs in the Pacific.\n',
    ],
    [
      'cyber capacity building defined',
      'education',
      false,
      'Cyber capacity building refers to the initiatives that strengthen states’ capacity development in cyberspace, from institutions to international cooperation.\n',
    ],
    [
      'capacity built through a course and scholarships',
      'education',
      true,
      'The programme builds capacity through a six-week course for CERT analysts and a scholarship scheme at the national university.\n',
    ],
    // Incident response is work any team does (a bank's, a vendor's, a forum's members'): a weak word alone; a national
    // team, a law or a plan beside it makes it policy.
    [
      'incident response a forum helps its members improve, beside standards and policies',
      'policy',
      false,
      'The forum helps its members improve incident response and adopt common standards and policies for their teams.\n',
    ],
    [
      'a hospital’s incident response reviewed with its internal policies',
      'policy',
      false,
      'The hospital’s incident response and its compliance with internal policies were reviewed after the outage.\n',
    ],
    [
      'incidents a national CERT handled under an Act’s reporting rules',
      'policy',
      true,
      'The national CERT handled 412 incidents last year under the incident reporting rules of the Cybersecurity Act.\n',
    ],
    [
      'a capacity-building workshop held for managers',
      'education',
      true,
      'The regulator held a two-day capacity-building workshop for senior managers of ministries.\n',
    ],
  ]);

  // The evening round of 2026-12-04: misses read on BU, BV, BW and BX after their first runs, in our words.
  holdVerdicts([
    [
      'a cyber defence command a ministry created',
      'policy',
      true,
      'In 2012 the Ministry of Defence created the Cyber Defence Command to protect the armed forces’ networks.\n',
    ],
    [
      'a cyber defence command named as who signed',
      'policy',
      false,
      'The memorandum was signed by the head of the Cyber Defence Command and his counterpart.\n',
    ],
    [
      'an interministerial committee on cybersecurity set up, in Spanish',
      'policy',
      true,
      'En 2019 fue creado el Comité Interministerial sobre Ciberseguridad, presidido por el Ministerio del Interior.\n',
    ],
    [
      'a cyber defence command created, in Portuguese',
      'policy',
      true,
      'Em 2014 o Ministério da Defesa criou o Comando de Ciberdefesa, subordinado ao Estado-Maior.\n',
    ],
    [
      'a coordination staff for cyber foreign policy called into being, in German',
      'policy',
      true,
      'Im Jahr 2013 wurde im Ministerium der Koordinationsstab Cyber-Außenpolitik ins Leben gerufen.\n',
    ],
    [
      'a readiness and response team commissioned',
      'policy',
      true,
      'The Computer Emergency Readiness and Response Team was setup and commissioned in 2016 to support ministries.\n',
    ],
    [
      'cybercrime units other countries set up, assessed by a project',
      'policy',
      false,
      'The project sends assessment missions to countries with recently established cybercrime units.\n',
    ],
    [
      'a ministry that developed the national strategy',
      'policy',
      true,
      'Facing these threats, the Ministry of ICT developed a National Cybersecurity Strategy tied to the digital plan.\n',
    ],
    [
      'a strategy updated, with money for it',
      'policy',
      true,
      'The government updated its cyber security strategy and earmarked $5 million for putting it into practice.\n',
    ],
    [
      'a strategy through which a country invests',
      'policy',
      true,
      'Through its Cyber Security Strategy, the country is investing $900 million over ten years in national capabilities.\n',
    ],
    [
      'a company that invests in its own products',
      'policy',
      false,
      'The vendor is investing in new firewall products for its customers.\n',
    ],
    [
      'an agreement whose areas include exchanging best practices',
      'dialogue',
      true,
      'The memorandum focuses on several areas, such as exchanging best practices in this field.\n',
    ],
    [
      'best practices a firm follows in its own patching',
      'dialogue',
      false,
      'The firm follows best practices for patching and keeps its lessons learned in a wiki.\n',
    ],
    [
      'a network that welcomes a bank and an agency as partners',
      'partnerships',
      true,
      'We were pleased to welcome the Central Bank and the national cyber agency as our network partners this year.\n',
    ],
    [
      'cooperation agreements concluded, in French',
      'partnerships',
      true,
      'Le secrétariat a déjà noué des accords de coopération avec des pays comme le Japon.\n',
    ],
    [
      'a degree of cooperation, not a university degree',
      'education',
      false,
      'It is critical to develop policies which outline some degree of interdisciplinary cooperation and response.\n',
    ],
    [
      'a regional response team that ran its yearly drill',
      'policy',
      false,
      'The Asia Pacific Computer Emergency Response Team recently conducted its yearly drill with member teams.\n',
    ],
    [
      'a national response team that ran its yearly drill',
      'policy',
      true,
      'The Ghana Computer Emergency Response Team recently conducted its yearly drill with the banks.\n',
    ],
    [
      'a company’s privacy policy with legal obligations and training material',
      'policy',
      false,
      '# PRIVACY POLICY - Examplesoft\n\nPerson responsible for processing: Examplesoft Ltd.\n\nWe process your data to comply with our legal obligations and regulatory requirements, and to let you download training material.\n',
    ],
    [
      'a VPN’s data policy that cites the law it complies with',
      'policy',
      false,
      '# VPN Policy\n\nThis policy applies solely to our VPN services. We collect some personal data to comply with our legal obligations under the data protection law and its regulations.\n',
    ],
    [
      'a data protection law that gives data subjects rights',
      'policy',
      true,
      'The Data Protection Act, adopted by parliament in 2021, gives data subjects the right to object to processing and sets up a regulator.\n',
    ],
    [
      'an awareness campaign a ministry runs every year',
      'education',
      true,
      'The ministry runs a national awareness campaign every October.\n',
    ],
    [
      'French “en train de” and “course de vitesse”, no training or course',
      'education',
      false,
      'Le secrétariat est en train de nouer des accords, et lance une politique dans la course de vitesse contre les virus.\n',
    ],
    [
      'Portuguese “diplomas”, legal instruments that come into force',
      'education',
      false,
      'Ambos os diplomas vão entrar em vigor em Dezembro, e Macau já possui as bases para desenvolver a gestão de cibersegurança.\n',
    ],
    [
      '“degree” written for a decree, no university degree',
      'education',
      false,
      'Under degree 220 of the ministry, dated 9 February 2012, the national CERT was established as one division of the centre.\n',
    ],
    [
      'a national response team named by its fused letters, at work',
      'policy',
      true,
      'Since 2001 HKCERT provides computer emergency response services and handles incident reports from local firms.\n',
    ],
    [
      'a regional body’s strategy approved by its ministers',
      'policy',
      false,
      'The ministerial meeting approved the Arab Cybersecurity Strategy and endorsed a plan for the council’s office.\n',
    ],
    [
      'a country’s own strategy approved by its cabinet',
      'policy',
      true,
      'The cabinet approved the National Cybersecurity Strategy and endorsed a plan for the national agency.\n',
    ],
    [
      'a member who addresses the Speaker of a parliament, no speakers at a forum',
      'dialogue',
      false,
      'Hon Speaker, the resolutions of our party congress call for a platform against cybercrime.\n',
    ],
    [
      'a senate’s plenary debate on a bill',
      'dialogue',
      false,
      'A bill to amend the Cybercrimes Act passed second reading in the Senate.\nLeading the debate during Wednesday’s plenary, the sponsor of the bill said the amendment would help the police.\n',
    ],
    [
      'a plenary debate among states at the United Nations',
      'dialogue',
      true,
      'During the plenary debate of the First Committee, delegations set out their positions on responsible state behaviour.\n',
    ],
    [
      'a South African response team at work, a country’s own though its name holds “African”',
      'policy',
      true,
      'The South African National Computer Security Incident Response Team handled 300 incidents last year.\n',
    ],
    [
      'a South African policy framework approved, a country’s own',
      'policy',
      true,
      'The cabinet approved the South African National Cybersecurity Policy Framework in 2015.\n',
    ],
    [
      'a state that funded an international body’s project',
      'partnerships',
      true,
      'Germany funded the first phase of the OSCE project for five Central Asian states.\n',
    ],
    [
      'a state that funded its own response team',
      'partnerships',
      false,
      'Kenya funded the first phase of its national response team from the budget.\n',
    ],
    [
      'a state that has to work with other countries, as it cannot defend itself alone',
      'partnerships',
      true,
      'We have to work with other countries on cybersecurity; we cannot do it on our own.\n',
    ],
    [
      'a state that works with other countries on cyber security',
      'partnerships',
      true,
      'Ireland works with other countries on cyber security.\n',
    ],
    [
      'an agency that works with other government departments at home',
      'partnerships',
      false,
      'The agency works with other government departments on patching.\n',
    ],
    [
      'a government that will cooperate with the private sector',
      'partnerships',
      true,
      'The government will cooperate with the private sector and academia on cyber defence.\n',
    ],
    [
      'a state that cooperates closely with its allies',
      'partnerships',
      true,
      'Estonia cooperates closely with its allies on cyber defence.\n',
    ],
    [
      'a national CERT that joined FIRST',
      'partnerships',
      true,
      'Our national CERT joined FIRST in 2019 and exchanges alerts with teams across the region.\n',
    ],
    [
      'a state that provides training to a regional body’s members',
      'partnerships',
      true,
      'Singapore provides training to ASEAN member states under the ASEAN Cyber Capacity Programme.\n',
    ],
    [
      'a point of contact named for confidence-building measures',
      'dialogue',
      true,
      'The country supports confidence-building measures in the OSCE and has named a point of contact.\n',
    ],
    [
      'a target to train professionals',
      'education',
      true,
      'We will train 1,000 cybersecurity professionals by 2027.\n',
    ],
    [
      'a law adopted by the National Assembly',
      'policy',
      true,
      'The law on personal data protection was adopted by the National Assembly in March.\n',
    ],
    [
      'an officer each ministry appoints under a new decree',
      'policy',
      true,
      'Each ministry must appoint an information security officer under the new decree.\n',
    ],
    [
      'a senator’s question, no legislation',
      'policy',
      false,
      'Senator Smith asked the minister about the budget for schools.\n',
    ],
    [
      'two states that will share threat intelligence under a bilateral agreement',
      'partnerships',
      true,
      'Kenya and Rwanda will share threat intelligence under a new bilateral agreement.\n',
    ],
    [
      'an international body that finances a project',
      'partnerships',
      true,
      'The European Union finances the project, which a French agency implements.\n',
    ],
    [
      'an authority that licenses providers under an act',
      'policy',
      true,
      'The Cyber Security Authority licenses cybersecurity service providers under Act 1038.\n',
    ],
    [
      'a minister who addressed a conference',
      'dialogue',
      true,
      'The minister addressed the annual Cyber Week conference in Tel Aviv.\n',
    ],
    [
      'response teams of a region that meet twice a year',
      'dialogue',
      true,
      'The CERTs of the region meet twice a year to compare incident trends.\n',
    ],
    [
      'a report that recommends governments adopt strategies',
      'policy',
      false,
      'The report recommends that governments adopt national cybersecurity strategies.\n',
    ],
    [
      'states that should adopt laws, as a think tank argues',
      'policy',
      false,
      'The think tank argues that states should adopt cybercrime laws and approve national strategies.\n',
    ],
    [
      'a state that cooperates with another, in French',
      'partnerships',
      true,
      'Le Sénégal coopère avec la France dans la lutte contre la cybercriminalité.\n',
    ],
    [
      'a state that works closely with its European partners, in German',
      'partnerships',
      true,
      'Deutschland arbeitet eng mit seinen europäischen Partnern zusammen.\n',
    ],
    [
      'public servants trained, in French',
      'education',
      true,
      'Plus de 200 agents publics ont été formés à la gestion des incidents.\n',
    ],
    [
      'an awareness campaign launched, in Portuguese',
      'education',
      true,
      'O governo lançou uma campanha de conscientização sobre segurança digital.\n',
    ],
    [
      'a national response team at work, in Portuguese',
      'policy',
      true,
      'O CSIRT nacional tratou 500 incidentes no ano passado.\n',
    ],
    [
      'a government response team at work, in Spanish',
      'policy',
      true,
      'El CSIRT de Gobierno gestionó 1.200 incidentes en 2023.\n',
    ],
    [
      'a national agency that warns, in German',
      'policy',
      true,
      'Das Bundesamt für Sicherheit in der Informationstechnik warnt vor einer Sicherheitslücke.\n',
    ],
    [
      'a bachelor’s degree in cyber security offered',
      'education',
      true,
      'The university offers a bachelor’s degree in cyber security and a master’s course in digital forensics.\n',
    ],
  ]);

  it('reads a section as a job description only from a job’s words, not from a state’s responsibilities', () => {
    const state =
      '# Capacity\n\nStates bear primary responsibility for the security of their citizens.\n\nThe programme trains officials at the national academy and funds cybersecurity degrees at two universities.\n';
    assert.ok(checkDraft(state).coverage.education.covered, `covered: ${covered(state).join(', ')}`);
    const job =
      '# SOC Analyst Job Requirements\n\nThe analyst monitors alerts, implements incident response procedures and keeps the regulatory compliance register.\n';
    assert.equal(checkDraft(job).coverage.policy.covered, false, `covered: ${covered(job).join(', ')}`);
  });

  it('does not cover education or dialogue with incident notes on model training data and hacker forums', () => {
    const text = 'The attackers sold access on a hacker forum and tampered with the model’s training data.\n';
    const result = checkDraft(text);
    assert.equal(result.coverage.education.covered, false, `covered: ${covered(text).join(', ')}`);
    assert.equal(result.coverage.dialogue.covered, false, `covered: ${covered(text).join(', ')}`);
  });
});
