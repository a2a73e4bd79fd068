package fi.tyollisyystalo.identity.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for personal identity codes, base64 of 32 bytes each (DD002). Development defaults are in
 * application.properties; the prod profile takes them from the environment. Missing keys are
 * reported by {@link HetuCrypto} at start, with the property name and never the value.
 *
 * @param hetuKey        current AES-256 key for encrypting codes
 * @param hetuKeyVersion version (1–255) written in front of everything encrypted with {@code hetuKey}
 * @param oldHetuKeys    earlier keys by version, still used for decrypting until re-encrypted
 * @param hetuHashKey    HMAC-SHA256 key for the lookup hash; changing it means re-hashing every row
 */
@ConfigurationProperties(prefix = "tyollisyystalo.crypto")
public record CryptoProperties(@Nullable String hetuKey, @DefaultValue("1") int hetuKeyVersion,
        @DefaultValue Map<Integer, String> oldHetuKeys, @Nullable String hetuHashKey) {
}
