/**
 * The vocabulary's lines in Spanish, Portuguese, French, German, Italian, Dutch and Catalan (their sentences are in
 * test/support/vocabulary-languages.ts, checked line by line with the English ones in vocabulary.test.ts): English
 * words spelt like a word of those lines, and the other languages' everyday senses of them, do not count.
 */
import assert from 'node:assert/strict';
import { checkDraft, type PillarId } from '../../src/core/index.js';
import { findSignals } from '../../src/core/judgement/signals.js';
import { isAct } from '../../src/core/judgement/acts.js';

/** [pillar, sentence, words]: the words do not count for the pillar. */
const NOT_COUNTED: readonly [PillarId, string, string][] = [
  ['education', 'The formation of a new steering committee was announced.', 'formation'],
  ['education', 'Data formats differ between the two agencies.', 'formats'],
  ['partnerships', 'Socio-economic development depends on connectivity.', 'Socio'],
  ['education', 'El proceso de revisión sigue en curso.', 'curso'],
  ['education', 'Au cours de l’année, l’agence a traité 300 alertes.', 'cours'],
  ['education', 'La competencia del ministerio abarca las telecomunicaciones.', 'competencia'],
  ['dialogue', 'La oficina del ministro publicó el informe.', 'oficina'],
];

describe('vocabulary in other languages', () => {
  for (const [pillar, sentence, words] of NOT_COUNTED) {
    it(`does not count “${words}” for ${pillar} in “${sentence}”`, () => {
      const start = sentence.indexOf(words);
      assert.ok(start >= 0);
      const counted = findSignals(sentence).filter(
        (m) => m.pillar === pillar && m.signal.weight > 0 && m.start < start + words.length && m.end > start,
      );
      assert.deepEqual(
        counted.map((m) => m.signal.id),
        [],
      );
    });
  }

  /** [pillar, sentence, whether it tells of an act of the pillar]. */
  const ACTS: readonly [Parameters<typeof isAct>[1], string, boolean][] = [
    ['policy', 'La estrategia nacional de ciberseguridad fue aprobada por el Consejo.', true],
    ['policy', 'O governo aprovou a estratégia nacional.', true],
    ['policy', 'Le gouvernement a adopté la stratégie nationale.', true],
    ['policy', 'Will the convention gain the regional validation it needs?', false],
    ['dialogue', "L'atelier de validation s'est tenu à Dakar.", true],
    ['dialogue', 'La reunión se celebró en Lima con los expertos.', true],
    ['dialogue', "Le protocole couvre l'échange de connaissances et de bonnes pratiques.", false],
    ['partnerships', 'Los dos ministros firmaron un memorando de entendimiento.', true],
    ['partnerships', 'Le signe de la cryptographie est un cadenas.', false],
    ['education', 'Plus de 300 agents ont été formés en 2025.', true],
    ['education', 'La formation des agents est une priorité.', false],
    ['dialogue', 'Deutschland und Indien hielten in Berlin ihre Cyberkonsultationen ab.', true],
    ['dialogue', 'La consulta pública, iniciada en enero, recibió aportes de la sociedad civil.', true],
    ['partnerships', 'Beide Minister unterzeichneten eine gemeinsame Absichtserklärung.', true],
    ['policy', 'Der Bundestag hat das Gesetz verabschiedet.', true],
    ['policy', 'La strategia nazionale di cybersicurezza è stata adottata nel maggio 2022.', true],
    ['partnerships', 'Le due agenzie hanno firmato un protocollo d’intesa.', true],
    ['dialogue', 'Il convegno si è tenuto a Roma con esperti di venti paesi.', true],
    ['partnerships', 'Das Land pflegt eine enge Zusammenarbeit mit den Nachbarländern.', true],
    ['policy', 'La ministre a choisi de présenter la stratégie nationale à Bordeaux.', true],
    ['policy', 'El gobierno acaba de aprobar la estrategia nacional de ciberseguridad.', true],
    ['policy', 'La ministre souhaite présenter la stratégie nationale en 2026.', false],
    ['policy', 'Het kabinet heeft de strategie goedgekeurd.', true],
    ['policy', 'El Govern ha aprovat l’estratègia nacional.', true],
    ['dialogue', 'De conferentie vond plaats in Paramaribo.', true],
    ['partnerships', 'De twee landen ondertekenden een samenwerkingsovereenkomst.', true],
    ['partnerships', 'Els dos ministres van signar un acord de col·laboració.', true],
    ['partnerships', 'Die Zusammenarbeit der Behörden ist eng.', false],
  ];
  for (const [pillar, sentence, act] of ACTS) {
    it(`reads “${sentence}” as ${act ? '' : 'no '}act of ${pillar}`, () => {
      assert.equal(isAct(sentence, pillar), act);
    });
  }

  it('covers the pillars of a paragraph written in Portuguese as of the same paragraph in English', () => {
    const portuguese =
      '# Nota\n\nO governo aprovou a Estratégia Nacional de Cibersegurança por decreto, e o centro de tratamento de ' +
      'incidentes protege as infraestruturas críticas do país.\n';
    const english =
      '# Note\n\nThe government approved the National Cybersecurity Strategy by decree, and the incident handling ' +
      "centre protects the country's critical infrastructure.\n";
    const status = (text: string) =>
      Object.fromEntries(Object.entries(checkDraft(text).coverage).map(([id, entry]) => [id, entry.status]));
    assert.deepEqual(status(portuguese), status(english));
    assert.equal(status(portuguese).policy, 'thin');
  });

  /** [pillar, sentence, covered?]: a strong word in a sentence that states an aim or tells of an act. */
  const AIMS: readonly [PillarId, string, boolean][] = [
    [
      'partnerships',
      'La nueva estrategia pretende fortalecer las defensas y promover la cooperación internacional.',
      true,
    ],
    ['partnerships', 'A política visa reforçar a cooperação internacional do país.', true],
    ['partnerships', 'La stratégie vise à renforcer la coopération internationale.', true],
    ['partnerships', 'La cooperación internacional fue el tema de la primera sesión.', false],
    [
      'education',
      "L'entreprise mettra en œuvre des programmes éducatifs pour renforcer les compétences locales.",
      true,
    ],
    ['education', 'Le programme éducatif du musée a été présenté.', false],
    ['partnerships', 'O seminário nacional foi organizado com o apoio do Banco Mundial.', true],
    [
      'dialogue',
      'Ayer se celebró en Lima la primera reunión del grupo de trabajo bilateral sobre ciberseguridad.',
      true,
    ],
    ['dialogue', 'La OEA llevó a cabo la novena edición del simposio en Nassau.', true],
    ['dialogue', 'Los delegados estuvieron presentes en el foro intercambiando conocimientos sobre ataques.', true],
    // A German date's day does not end the sentence: the strategy and the act that adopts it stay in one.
    ['policy', 'Mit der Strategie für Cybersicherheit wurde am 22. Dezember 2021 ein neues Konzept beschlossen.', true],
  ];
  for (const [pillar, sentence, covered] of AIMS) {
    it(`${covered ? 'covers' : 'does not cover'} ${pillar} with “${sentence}”`, () => {
      assert.equal(checkDraft(`# Note\n\n${sentence}\n`).coverage[pillar].covered, covered);
    });
  }
});
