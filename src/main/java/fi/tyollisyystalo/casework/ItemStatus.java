package fi.tyollisyystalo.casework;

/** Where a goal or action stands. DONE and CANCELLED are final: the item is read-only after them. */
public enum ItemStatus {
    PROPOSED, AGREED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
