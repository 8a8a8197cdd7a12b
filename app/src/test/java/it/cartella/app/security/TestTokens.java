package it.cartella.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * An identity provider for the tests, with no network: an RSA key pair made when the tests start, whose public key
 * the application trusts (written to a file, {@code spring.security.oauth2.resourceserver.jwt.public-key-location}),
 * and tokens signed with its private key, as an OIDC provider's would be.
 */
public final class TestTokens {

    public static final String ISSUER = "https://idp.test.invalid/realms/cartella";

    private static final KeyPair PROVIDER = rsa();
    private static volatile String publicKeyLocation;

    private TestTokens() {
    }

    /** The provider's public key as a PEM file, for the application's configuration. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyLocation == null) {
            try {
                Path file = Files.createTempFile("cartella-test-idp", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PROVIDER.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
                publicKeyLocation = file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyLocation;
    }

    /** A token of the provider for that username, valid until the instant. */
    public static String token(String username, Instant expiresAt) {
        return sign(PROVIDER, username, expiresAt);
    }

    /** A token that looks like the provider's but is signed with another key. */
    static String forged(String username, Instant expiresAt) {
        return sign(rsa(), username, expiresAt);
    }

    private static String sign(KeyPair key, String username, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("f3b2c1d0-" + username.hashCode())
                .claim("preferred_username", username)
                .issueTime(Date.from(expiresAt.minusSeconds(3600)))
                .expirationTime(Date.from(expiresAt))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
