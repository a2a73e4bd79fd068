package fi.tyollisyystalo.audit;

/**
 * Who did it: a resident acting on their own data, a staff member in a role, or the system itself.
 *
 * @param id   stable id of the actor (person id for residents, the IdP subject for staff)
 * @param name name at the time of the action, shown to the resident
 * @param role the role the actor acted in (e.g. COORDINATOR), or RESIDENT / SYSTEM
 */
public record Actor(Type type, String id, String name, String role) {

    public enum Type {
        RESIDENT, STAFF, SYSTEM
    }
}
