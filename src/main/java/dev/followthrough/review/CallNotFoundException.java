package dev.followthrough.review;

/** Answered as 404 both when the call does not exist and when it is another rep's: no call ids leak. */
class CallNotFoundException extends RuntimeException {

    CallNotFoundException(long id) {
        super("No call " + id + ".");
    }
}
