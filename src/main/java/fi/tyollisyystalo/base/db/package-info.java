/**
 * How the application talks to MariaDB: Hibernate gets pooled connections that are already out of auto-commit
 * mode, everything else gets plain auto-commit connections ({@link fi.tyollisyystalo.base.db.DatabaseConnections}).
 */
@NullMarked
package fi.tyollisyystalo.base.db;

import org.jspecify.annotations.NullMarked;
