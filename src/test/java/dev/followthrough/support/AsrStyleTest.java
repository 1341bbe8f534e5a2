package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsrStyleTest {

    @Test
    void figuresAreSpelledOutAsSpokenAndTheTextLosesCapitalsAndPunctuation() {
        assertThat(AsrStyle.utterance("Sure, Maria: it's $1,800 a month, 15% off, by March 31st at 3:30, okay?"))
                .isEqualTo("sure maria it's eighteen hundred dollars a month fifteen percent off by march thirty first"
                        + " at three thirty okay.");
        assertThat(AsrStyle.utterance("We pay £2,500 now. That's in 2027. Then €4.5k. Fine. Done."))
                .isEqualTo("we pay twenty five hundred pounds now that's in twenty twenty seven then four point"
                        + " five thousand euros. fine done.");
        assertThat(AsrStyle.ordinal(22)).isEqualTo("twenty second");
        assertThat(AsrStyle.ordinal(20)).isEqualTo("twentieth");
        assertThat(AsrStyle.words(1_250_000)).isEqualTo("one million two hundred fifty thousand");
    }

    @Test
    void speakerLabelsAndTimestampsStay() {
        assertThat(AsrStyle.transcript("[00:01:02] Dana Wu: Hi, Sam.\n"))
                .isEqualTo("[00:01:02] Dana Wu: hi sam.\n");
        assertThat(AsrStyle.transcript("[{\"speaker\":\"Dana\",\"start\":1.0,\"text\":\"Yes, 10 seats.\"}]"))
                .contains("\"text\":\"yes ten seats.\"").contains("\"speaker\":\"Dana\"");
    }
}
