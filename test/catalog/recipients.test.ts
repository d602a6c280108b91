import {
  RECIPIENTS,
  packageNameOf,
  recipientByKey,
  recipientForHost,
  recipientsForPackage,
  recipientsInDependencies,
} from '../../src/catalog/recipients.js';
import { SINKS } from '../../src/catalog/sinks.js';

/** npm's rules for a package name: lower case, URL-safe, optionally scoped. */
const NPM_PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const KEBAB_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Lower-case labels; `*` as a whole label only. */
const HOST_PATTERN = /^(\*|[a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.(\*|[a-z0-9]([a-z0-9-]*[a-z0-9])?))+$/;

describe('RECIPIENTS', () => {
  test('keys are unique lower-case kebab', () => {
    const keys = RECIPIENTS.map((recipient) => recipient.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEBAB_KEY);
  });

  test('every third-party recipient has a package or a host', () => {
    const withoutEither = RECIPIENTS.filter((recipient) => !recipient.isLocal)
      .filter((recipient) => recipient.packages.length === 0 && recipient.hosts.length === 0)
      .map((recipient) => recipient.key);
    expect(withoutEither).toEqual([]);
  });

  test('every local recipient (logger, storage, files) is named by at least one sink', () => {
    const named = new Set(SINKS.map((sink) => sink.recipient));
    const unnamed = RECIPIENTS.filter((recipient) => recipient.isLocal && !named.has(recipient.key)).map((recipient) => recipient.key);
    expect(unnamed).toEqual([]);
  });

  test('package names are valid npm names, listed once per recipient', () => {
    for (const recipient of RECIPIENTS) {
      for (const name of recipient.packages) expect(name).toMatch(NPM_PACKAGE_NAME);
      expect(new Set(recipient.packages).size).toBe(recipient.packages.length);
    }
  });

  test('hosts are lower-case host names or patterns', () => {
    for (const recipient of RECIPIENTS) {
      for (const host of recipient.hosts) expect(host).toMatch(HOST_PATTERN);
    }
  });

  test('names are given and docs are https links', () => {
    for (const recipient of RECIPIENTS) {
      expect(recipient.name.trim()).not.toBe('');
      expect(recipient.docs).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  test('the issue\'s recipients are all there, with their categories', () => {
    const expected: Record<string, string> = {
      segment: 'analytics',
      mixpanel: 'analytics',
      amplitude: 'analytics',
      posthog: 'analytics',
      'google-analytics': 'analytics',
      heap: 'analytics',
      rudderstack: 'analytics',
      hotjar: 'analytics',
      fullstory: 'analytics',
      logrocket: 'analytics',
      sendgrid: 'messaging',
      mailchimp: 'messaging',
      mailgun: 'messaging',
      postmark: 'messaging',
      resend: 'messaging',
      smtp: 'messaging',
      twilio: 'messaging',
      vonage: 'messaging',
      'aws-ses': 'messaging',
      'aws-sns': 'messaging',
      hubspot: 'crm',
      salesforce: 'crm',
      intercom: 'support',
      zendesk: 'support',
      customerio: 'crm',
      braze: 'crm',
      klaviyo: 'crm',
      stripe: 'payments',
      paypal: 'payments',
      braintree: 'payments',
      adyen: 'payments',
      datadog: 'apm',
      newrelic: 'apm',
      opentelemetry: 'apm',
      sentry: 'error-reporting',
      bugsnag: 'error-reporting',
      rollbar: 'error-reporting',
      honeybadger: 'error-reporting',
      airbrake: 'error-reporting',
      algolia: 'search',
      elasticsearch: 'search',
      typesense: 'search',
      meilisearch: 'search',
      openai: 'ai',
      anthropic: 'ai',
      'google-gemini': 'ai',
      mistral: 'ai',
      cohere: 'ai',
      'aws-s3': 'storage',
      'google-cloud-storage': 'storage',
      firebase: 'storage',
    };
    for (const [key, category] of Object.entries(expected)) {
      expect({ key, category: recipientByKey(key)?.category }).toEqual({ key, category });
    }
  });
});

describe('recipientByKey', () => {
  test('finds an entry by key and nothing for an unknown key', () => {
    expect(recipientByKey('segment')?.name).toBe('Segment');
    expect(recipientByKey('Segment')).toBeUndefined();
    expect(recipientByKey('acme-crm')).toBeUndefined();
  });
});

describe('recipientsForPackage', () => {
  const keysFor = (name: string) => recipientsForPackage(name).map((recipient) => recipient.key);

  test('maps SDK packages to their recipients', () => {
    expect(keysFor('@segment/analytics-node')).toEqual(['segment']);
    expect(keysFor('@sentry/nextjs')).toEqual(['sentry']);
    expect(keysFor('@aws-sdk/client-sesv2')).toEqual(['aws-ses']);
    expect(keysFor('@langchain/anthropic')).toEqual(['anthropic']);
  });

  test('accepts module specifiers with a subpath', () => {
    expect(keysFor('firebase/analytics')).toEqual(['firebase']);
    expect(keysFor('posthog-js/react')).toEqual(['posthog']);
    expect(keysFor('@next/third-parties/google')).toEqual(['google-analytics', 'google-tag-manager']);
  });

  test('knows nothing of generic clients, frameworks or unknown packages', () => {
    expect(keysFor('axios')).toEqual([]);
    expect(keysFor('ai')).toEqual([]);
    expect(keysFor('langchain')).toEqual([]);
    expect(keysFor('@prisma/client')).toEqual([]);
    expect(keysFor('stripe-mock')).toEqual([]);
  });

  test('returns a copy that callers may change', () => {
    recipientsForPackage('stripe').pop();
    expect(keysFor('stripe')).toEqual(['stripe']);
  });
});

describe('packageNameOf', () => {
  test.each([
    ['firebase/analytics', 'firebase'],
    ['@sentry/node', '@sentry/node'],
    ['@newrelic/browser-agent/loaders/browser-agent', '@newrelic/browser-agent'],
    ['node:fs', 'node:fs'],
    ['fs/promises', 'fs'],
  ])('%s -> %s', (specifier, name) => {
    expect(packageNameOf(specifier)).toBe(name);
  });
});

describe('recipientForHost', () => {
  test.each([
    ['api.segment.io', 'segment'],
    ['us6.api.mailchimp.com', 'mailchimp'],
    ['API.Stripe.com:443', 'stripe'],
    ['api.stripe.com.', 'stripe'],
    ['us.i.posthog.com', 'posthog'],
    ['smtp.sendgrid.net', 'sendgrid'],
    ['email.eu-west-1.amazonaws.com', 'aws-ses'],
    ['email-smtp.us-east-1.amazonaws.com', 'aws-ses'],
    ['s3.eu-central-1.amazonaws.com', 'aws-s3'],
    ['my-bucket.s3.eu-central-1.amazonaws.com', 'aws-s3'],
    ['my-bucket.s3.amazonaws.com', 'aws-s3'],
    ['bedrock-runtime.us-east-1.amazonaws.com', 'aws-bedrock'],
    ['o123.ingest.us.sentry.io', 'sentry'],
    ['acme.zendesk.com', 'zendesk'],
    ['acme.my.salesforce.com', 'salesforce'],
    ['generativelanguage.googleapis.com', 'google-gemini'],
    ['hooks.slack.com', 'slack'],
  ])('%s -> %s', (host, key) => {
    expect(recipientForHost(host)?.key).toBe(key);
  });

  test.each([
    // A wildcard needs at least one label in its place.
    'i.posthog.com',
    'zendesk.com',
    // Look-alikes and suffix tricks.
    'evil-stripe.com',
    'api.stripe.com.evil.io',
    'stripe.com.evil.io',
    // An inner `*` is exactly one label.
    'email.amazonaws.com',
    'email.a.b.amazonaws.com',
    'amazonaws.com',
    'example.com',
    'localhost',
  ])('%s has no recipient', (host) => {
    expect(recipientForHost(host)).toBeUndefined();
  });
});

describe('recipientsInDependencies', () => {
  test('a realistic Next.js package.json: third parties only, one row each, sorted by key', () => {
    const dependencies = {
      '@ai-sdk/openai': '^2.0.0',
      '@prisma/client': '^6.1.0',
      '@sentry/nextjs': '^10.0.0',
      '@stripe/stripe-js': '^7.0.0',
      ai: '^5.0.0',
      analytics: 'npm:@segment/analytics-next@^1.70.0',
      axios: '^1.7.0',
      firebase: '^11.0.0',
      'js-cookie': '^3.0.5',
      next: '15.1.0',
      nodemailer: '^6.9.0',
      openai: '^5.0.0',
      pino: '^9.0.0',
      react: '19.0.0',
      stripe: '^17.0.0',
      zod: '^3.24.0',
    };
    expect(recipientsInDependencies(dependencies)).toEqual([
      { key: 'firebase', name: 'Firebase', package: 'firebase' },
      { key: 'openai', name: 'OpenAI', package: '@ai-sdk/openai' },
      { key: 'segment', name: 'Segment', package: '@segment/analytics-next' },
      { key: 'sentry', name: 'Sentry', package: '@sentry/nextjs' },
      { key: 'smtp', name: 'SMTP server (via Nodemailer)', package: 'nodemailer' },
      { key: 'stripe', name: 'Stripe', package: '@stripe/stripe-js' },
    ]);
  });

  test('loggers, storage libraries and frameworks reveal no recipient', () => {
    expect(
      recipientsInDependencies({ pino: '^9', winston: '^3', express: '^5', next: '15', 'js-cookie': '^3', idb: '^8', '@nestjs/common': '^11' }),
    ).toEqual([]);
    expect(recipientsInDependencies({})).toEqual([]);
  });

  test('a package that reaches two recipients lists both', () => {
    expect(recipientsInDependencies({ '@next/third-parties': '^15' }).map((row) => row.key)).toEqual(['google-analytics', 'google-tag-manager']);
  });

  test('an unscoped npm alias without a version', () => {
    expect(recipientsInDependencies({ email: 'npm:resend' })).toEqual([{ key: 'resend', name: 'Resend', package: 'resend' }]);
  });
});
