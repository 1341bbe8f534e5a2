package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsOnTerminalPunctuation() {
        assertThat(Sentences.split("I'll send the deck. Can you loop in legal? Great!"))
                .containsExactly("I'll send the deck.", "Can you loop in legal?", "Great!");
    }

    @Test
    void keepsAbbreviationsDecimalsAndInitialsTogether() {
        assertThat(Sentences.split("Mr. Lee from Acme Inc. agreed, e.g. on the 1.5 release. Next topic."))
                .containsExactly("Mr. Lee from Acme Inc. agreed, e.g. on the 1.5 release.", "Next topic.");
        assertThat(Sentences.split("Ask J. Smith about it. He knows."))
                .containsExactly("Ask J. Smith about it.", "He knows.");
    }

    @Test
    void lowerCaseTranscriptsStillSplit() {
        assertThat(Sentences.split("ok. so i'll send it friday. sounds good"))
                .containsExactly("ok.", "so i'll send it friday.", "sounds good");
    }

    @Test
    void trailingEllipsisBeforeLowerCaseIsNotAnEnd() {
        assertThat(Sentences.split("so... we could start in May. Fine."))
                .containsExactly("so... we could start in May.", "Fine.");
    }

    @Test
    void quotesAndBlankLines() {
        assertThat(Sentences.split("He said \"done.\" Then left.\n\nNew para"))
                .containsExactly("He said \"done.\"", "Then left.", "New para");
        assertThat(Sentences.split("no punctuation at all")).containsExactly("no punctuation at all");
        assertThat(Sentences.split("   ")).isEmpty();
        assertThat(Sentences.split(null)).isEmpty();
    }

    @Test
    void saidNoIsAnEnd() {
        assertThat(Sentences.split("I said no. Then we moved on. See item no. 4 please."))
                .containsExactly("I said no.", "Then we moved on.", "See item no. 4 please.");
    }
}
