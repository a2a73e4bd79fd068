@NullMarked
package fi.tyollisyystalo.referral.internal;

import org.jspecify.annotations.NullMarked;
