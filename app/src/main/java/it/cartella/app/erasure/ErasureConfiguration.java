package it.cartella.app.erasure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retention rules from configuration, and the nightly retention review. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionRules.class)
@EnableScheduling
class ErasureConfiguration {
}
