package fi.tyollisyystalo.messaging;

/** Who wrote a message: the resident the thread belongs to, or someone of the work-ability team. */
public enum Side {
    RESIDENT, TEAM
}
