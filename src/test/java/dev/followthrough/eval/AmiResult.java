package dev.followthrough.eval;

/** Utterance-level scores on the AMI dev meetings (micro-averaged over all utterances of all meetings). */
record AmiResult(int meetings, int utterances, int items, long tp, long fp, long fn, long ms) {

    double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
