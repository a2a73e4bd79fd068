package fi.tyollisyystalo.casework;

/** Who is responsible for a goal or an action of the plan. */
public enum Party {
    TEAM, CLIENT, KELA, EMPLOYMENT, SOCIAL, HEALTH, REHABILITATION, EDUCATION, NGO, OTHER
}
