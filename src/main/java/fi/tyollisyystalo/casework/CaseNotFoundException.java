package fi.tyollisyystalo.casework;

/** No such case or plan item — or not the caller's: the same answer, so that nothing is revealed. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException() {
        super("not found");
    }
}
