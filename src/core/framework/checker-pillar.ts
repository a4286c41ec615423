/**
 * A framework's pillar as the checker holds it: no generated data needed (scripts/generate.ts uses it to write the
 * built-in's).
 */
import type { Pillar } from './pillars.js';
import type { FrameworkPillar } from './types.js';

/**
 * A framework's pillar as the checker holds it (`Pillar`), known by `id` (its own unless another framework's took it).
 */
export function checkerPillar(pillar: FrameworkPillar, namespace: string, id = pillar.id): Pillar {
  return {
    id,
    framework: namespace,
    ...(pillar.like ? { like: pillar.like } : {}),
    title: pillar.title,
    description: pillar.description,
    coverHint: pillar.coverHint,
    sectionTitle: pillar.sectionTitle,
    ...(pillar.leadClaim ? { leadClaim: pillar.leadClaim } : {}),
    signals: pillar.signals,
  };
}
