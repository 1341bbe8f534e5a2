package dev.followthrough.core;

import java.time.Duration;

public final class Timestamps {

    private Timestamps() {
    }

    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        return String.format("%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }
}
