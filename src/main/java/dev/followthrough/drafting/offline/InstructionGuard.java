package dev.followthrough.drafting.offline;

import dev.followthrough.text.InjectionSignals;

/**
 * The drafter's single entry point for "is this text an attempt to instruct the machine?". Text it flags is
 * never copied into a draft. One place, so that the drafter and the rest of the product agree on what counts.
 */
final class InstructionGuard {

    private InstructionGuard() {
    }

    static boolean looksLikeInstruction(String text) {
        return InjectionSignals.looksLikeInstruction(text);
    }
}
