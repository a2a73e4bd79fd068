package fi.tyollisyystalo.identity;

/** No such person: shown as "not found", never revealing whether an id exists to someone without access. */
public class UnknownPersonException extends RuntimeException {

    public UnknownPersonException() {
        super("Unknown person");
    }
}
