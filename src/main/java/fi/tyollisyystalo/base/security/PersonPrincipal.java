package fi.tyollisyystalo.base.security;

/**
 * Implemented by the principal of a signed-in resident, so that any feature's method security can
 * check ownership ({@code #personId == principal.personId()}) without depending on identity.
 */
public interface PersonPrincipal {

    long personId();
}
