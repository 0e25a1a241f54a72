/**
 * Sealed answers: each person's answer is theirs alone until everyone expected has answered;
 * then all are revealed together. Check-ins use it now and repairs will reuse it.
 */
export interface SealedAnswer {
  authorId: string;
}

export interface SealedView<T extends SealedAnswer> {
  revealed: boolean;
  mine: T | null;
  /** The other answers, only once revealed; before that, nothing of their content. */
  others: T[];
  /** Whether each other person has answered — a fact, not content, shown as "your turn". */
  othersAnswered: boolean;
}

export function isRevealed(answers: readonly SealedAnswer[], participants: readonly string[]): boolean {
  return participants.length > 0 && participants.every((id) => answers.some((a) => a.authorId === id));
}

export function sealedView<T extends SealedAnswer>(
  answers: readonly T[],
  viewerId: string,
  revealed: boolean,
): SealedView<T> {
  const mine = answers.find((a) => a.authorId === viewerId) ?? null;
  const others = answers.filter((a) => a.authorId !== viewerId);
  return { revealed, mine, others: revealed ? others : [], othersAnswered: others.length > 0 };
}
