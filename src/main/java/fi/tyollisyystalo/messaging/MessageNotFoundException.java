package fi.tyollisyystalo.messaging;

/**
 * No such thread or attachment for the one asking: a missing one and another person's one are the same
 * answer, so the answer tells nothing about others' threads.
 */
public class MessageNotFoundException extends RuntimeException {

    public MessageNotFoundException() {
        super("No such message thread or attachment");
    }
}
