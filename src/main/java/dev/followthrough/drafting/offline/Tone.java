package dev.followthrough.drafting.offline;

import dev.followthrough.drafting.StyleProfile;

/**
 * The drafter's own connecting lines, in three registers picked by the profile's formality. None of them carries
 * a fact, a date or a promise: they are used only where the rep's samples gave no recurring line of their own.
 */
record Tone(boolean formal, boolean casual) {

    static Tone of(StyleProfile profile) {
        return new Tone(profile.formality() >= 0.6, profile.formality() < 0.4);
    }

    String opening() {
        if (formal) {
            return "Thank you for taking the time to speak with me.";
        }
        return casual ? "Thanks for the time, great chatting!" : "Thanks for taking the time to talk.";
    }

    String recapIntro() {
        if (formal) {
            return "To summarise what I heard:";
        }
        return casual ? "Quick recap of what I heard:" : "Here is a short recap of what I heard:";
    }

    String stepsIntro() {
        return "Next steps:"; // every register says it the same way
    }

    String closing() {
        if (formal) {
            return "Please let me know if I have missed or misunderstood anything.";
        }
        return casual ? "Shout if I missed anything!" : "Let me know if I missed anything.";
    }
}
