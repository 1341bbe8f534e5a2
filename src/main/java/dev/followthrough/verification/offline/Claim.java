package dev.followthrough.verification.offline;

import dev.followthrough.core.ActionItem;

/**
 * One checkable statement.
 *
 * @param text     the claim as it stands (a sentence, a bullet, or one clause of a compound sentence)
 * @param sentence the whole sentence it came from, which gives retrieval more to go on
 * @param source   "draft", "subject" or "action-item:N"
 * @param item     the action item it renders, {@code null} for draft text
 */
record Claim(String text, String sentence, String source, ActionItem item) {

    static Claim ofDraft(String text, String sentence) {
        return new Claim(text, sentence, "draft", null);
    }

    boolean fromActionItem() {
        return item != null;
    }

    boolean fromSubject() {
        return "subject".equals(source);
    }
}
