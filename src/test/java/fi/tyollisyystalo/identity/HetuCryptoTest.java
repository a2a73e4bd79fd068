package fi.tyollisyystalo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import fi.tyollisyystalo.identity.internal.CryptoProperties;
import fi.tyollisyystalo.identity.internal.HetuCrypto;

class HetuCryptoTest {

    private static final Hetu HETU = Hetu.parse("131052-308T");
    private final String key1 = randomKey(32);
    private final String key2 = randomKey(32);
    private final String hashKey = randomKey(32);
    private final HetuCrypto crypto = new HetuCrypto(new CryptoProperties(key1, 1, Map.of(), hashKey));

    @Test
    void encrypted_code_decrypts_to_the_same_code() {
        byte[] stored = crypto.encrypt(HETU);
        assertThat(crypto.decrypt(stored)).isEqualTo(HETU);
        assertThat(stored).hasSize(1 + 12 + 11 + 16);
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("131052");
    }

    @Test
    void encrypting_twice_gives_different_bytes_because_the_iv_is_random() {
        assertThat(crypto.encrypt(HETU)).isNotEqualTo(crypto.encrypt(HETU));
    }

    @Test
    void lookup_hash_is_deterministic_and_differs_between_codes() {
        assertThat(crypto.lookupHash(HETU)).hasSize(32).isEqualTo(crypto.lookupHash(Hetu.parse(" 131052-308t ")));
        assertThat(crypto.lookupHash(HETU)).isNotEqualTo(crypto.lookupHash(Hetu.parse("131052-309U")));
        assertThat(crypto.lookupHash(HETU))
                .isNotEqualTo(new HetuCrypto(new CryptoProperties(key1, 1, Map.of(), key2)).lookupHash(HETU));
    }

    @Test
    void values_written_under_an_old_key_still_decrypt_after_rotation() {
        byte[] underOldKey = crypto.encrypt(HETU);
        HetuCrypto rotated = new HetuCrypto(new CryptoProperties(key2, 2, Map.of(1, key1), hashKey));

        assertThat(rotated.decrypt(underOldKey)).isEqualTo(HETU);
        assertThat(rotated.isCurrentKey(underOldKey)).isFalse();
        byte[] reEncrypted = rotated.encrypt(HETU);
        assertThat(reEncrypted[0]).isEqualTo((byte) 2);
        assertThat(rotated.isCurrentKey(reEncrypted)).isTrue();
        assertThat(rotated.lookupHash(HETU)).isEqualTo(crypto.lookupHash(HETU));
        assertThatThrownBy(() -> crypto.decrypt(reEncrypted)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void tampered_ciphertext_iv_or_version_fails() {
        byte[] stored = crypto.encrypt(HETU);
        for (int index : new int[] {1, 13, stored.length - 1}) {
            byte[] tampered = stored.clone();
            tampered[index] ^= 1;
            assertThatThrownBy(() -> crypto.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        }
        byte[] otherVersion = stored.clone();
        otherVersion[0] = 2;
        HetuCrypto bothKeys = new HetuCrypto(new CryptoProperties(key2, 2, Map.of(1, key1), hashKey));
        assertThatThrownBy(() -> bothKeys.decrypt(otherVersion)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> crypto.decrypt(new byte[10])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missing_short_or_malformed_keys_fail_with_a_message_that_does_not_contain_the_key() {
        String shortKey = randomKey(16);
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(shortKey, 1, Map.of(), hashKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tyollisyystalo.crypto.hetu-key").hasMessageContaining("32 bytes")
                .message().doesNotContain(shortKey);
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(key1, 1, Map.of(), shortKey)))
                .hasMessageContaining("hetu-hash-key").message().doesNotContain(shortKey);
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(null, 1, Map.of(), hashKey)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hetu-key is not set");
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(key1, 1, Map.of(), " ")))
                .hasMessageContaining("hetu-hash-key is not set");
        String notBase64 = "not base64 at all!";
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(notBase64, 1, Map.of(), hashKey)))
                .hasMessageContaining("base64").message().doesNotContain(notBase64);
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(key1, 2, Map.of(3, shortKey), hashKey)))
                .hasMessageContaining("old-hetu-keys.3").message().doesNotContain(shortKey);
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(key1, 2, Map.of(2, key2), hashKey)))
                .hasMessageContaining("same version");
        assertThatThrownBy(() -> new HetuCrypto(new CryptoProperties(key1, 256, Map.of(), hashKey)))
                .hasMessageContaining("between 1 and 255");
    }

    @Test
    void application_fails_to_start_without_keys_and_binds_old_keys_from_properties() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(HetuCrypto.class);
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("tyollisyystalo.crypto.hetu-key is not set"));
        runner.withPropertyValues("tyollisyystalo.crypto.hetu-key=" + key2,
                "tyollisyystalo.crypto.hetu-key-version=2",
                "tyollisyystalo.crypto.old-hetu-keys.1=" + key1,
                "tyollisyystalo.crypto.hetu-hash-key=" + hashKey)
                .run(context -> assertThat(context.getBean(HetuCrypto.class).decrypt(crypto.encrypt(HETU)))
                        .isEqualTo(HETU));
    }

    @Test
    void development_defaults_are_valid_keys() throws IOException {
        Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        HetuCrypto dev = new HetuCrypto(new CryptoProperties(properties.getProperty("tyollisyystalo.crypto.hetu-key"),
                1, Map.of(), properties.getProperty("tyollisyystalo.crypto.hetu-hash-key")));
        assertThat(dev.decrypt(dev.encrypt(HETU))).isEqualTo(HETU);
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
