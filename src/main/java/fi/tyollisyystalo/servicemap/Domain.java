package fi.tyollisyystalo.servicemap;

/** The domains of functioning (after Kykyviisari) that organise the service map; labels in the bundles (domain.X). */
public enum Domain {
    WORK, BODY, MIND, SKILLS, EVERYDAY, INCLUSION
}
