@NullMarked
package fi.tyollisyystalo.referral.ui;

import org.jspecify.annotations.NullMarked;
