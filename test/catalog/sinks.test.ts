import { builtinModules } from 'node:module';
import { parseCallShape } from '../../src/catalog/call-shape.js';
import { packageNameOf, recipientByKey } from '../../src/catalog/recipients.js';
import { SINKS, type SinkDefinition } from '../../src/catalog/sinks.js';

const NPM_PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SPECIAL_RECIPIENTS = new Set(['$host', '$provider']);
const isGlobalShape = (shape: string) => parseCallShape(shape).root.kind === 'global';
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

function sinkById(id: string): SinkDefinition {
  const sink = SINKS.find((candidate) => candidate.id === id);
  if (!sink) throw new Error(`no sink ${id}`);
  return sink;
}

describe('SINKS', () => {
  test('ids are unique', () => {
    const ids = SINKS.map((sink) => sink.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('an id starts with its recipient key, or with http./smtp./vercel-ai. for the special recipients', () => {
    for (const sink of SINKS) {
      const prefix = sink.id.slice(0, sink.id.indexOf('.'));
      if (SPECIAL_RECIPIENTS.has(sink.recipient)) expect(['http', 'smtp', 'vercel-ai']).toContain(prefix);
      else expect({ id: sink.id, prefix }).toEqual({ id: sink.id, prefix: sink.recipient });
      expect(sink.id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
    }
  });

  test('every call shape parses, and no sink lists one twice', () => {
    for (const sink of SINKS) {
      expect(sink.calls.length).toBeGreaterThan(0);
      expect(new Set(sink.calls).size).toBe(sink.calls.length);
      for (const shape of sink.calls) expect(() => parseCallShape(shape)).not.toThrow();
    }
  });

  test('every recipient is in the catalog (loggers, storage and files included) or is $host/$provider', () => {
    const unknown = SINKS.filter((sink) => !SPECIAL_RECIPIENTS.has(sink.recipient) && !recipientByKey(sink.recipient)).map(
      (sink) => `${sink.id} -> ${sink.recipient}`,
    );
    expect(unknown).toEqual([]);
  });

  test('local recipients receive only logs, client storage and files; third parties never client storage or files', () => {
    for (const sink of SINKS) {
      const recipient = recipientByKey(sink.recipient);
      if (!recipient) continue;
      if (recipient.isLocal) expect({ id: sink.id, kind: sink.kind }).toEqual({ id: sink.id, kind: expect.stringMatching(/^(log|client-storage|file)$/) });
      else expect({ id: sink.id, kind: sink.kind }).toEqual({ id: sink.id, kind: expect.stringMatching(/^(third-party|log|ai)$/) });
    }
  });

  test('HTTP sinks name the URL argument and their recipient is the host', () => {
    for (const sink of SINKS.filter((candidate) => candidate.kind === 'http')) {
      expect({ id: sink.id, recipient: sink.recipient }).toEqual({ id: sink.id, recipient: '$host' });
      expect(sink.urlArgument).toEqual(expect.any(Number));
    }
    // $host elsewhere only where a transport names the host: Nodemailer.
    expect(SINKS.filter((sink) => sink.recipient === '$host' && sink.kind !== 'http').map((sink) => sink.id)).toEqual(['smtp.nodemailer']);
    expect(sinkById('smtp.nodemailer').urlArgument).toBe(0);
  });

  test('module sinks list their modules, global sinks list none, and no sink mixes the two', () => {
    for (const sink of SINKS) {
      const globalShapes = sink.calls.filter(isGlobalShape);
      if (globalShapes.length === 0) expect({ id: sink.id, modules: sink.modules?.length ?? 0 }).not.toEqual({ id: sink.id, modules: 0 });
      else {
        expect({ id: sink.id, globalShapes: globalShapes.length }).toEqual({ id: sink.id, globalShapes: sink.calls.length });
        expect({ id: sink.id, modules: sink.modules }).toEqual({ id: sink.id, modules: undefined });
      }
    }
  });

  test('module specifiers are valid npm names (with an optional subpath) or Node built-ins', () => {
    for (const sink of SINKS) {
      for (const specifier of sink.modules ?? []) {
        if (isBuiltin(specifier)) continue;
        expect(packageNameOf(specifier)).toMatch(NPM_PACKAGE_NAME);
      }
    }
  });

  test('a sink\'s packages are its recipient\'s packages, so that init and the flow engine agree', () => {
    // Azure OpenAI is reached through the `openai` package's AzureOpenAI class; listing `openai`
    // under azure-openai would make every OpenAI user declare Azure.
    const sharedPackages = new Set(['azure-openai.client:openai']);
    const mismatches: string[] = [];
    for (const sink of SINKS) {
      const recipient = recipientByKey(sink.recipient);
      if (!recipient) continue;
      for (const specifier of sink.modules ?? []) {
        if (isBuiltin(specifier) || sharedPackages.has(`${sink.id}:${specifier}`)) continue;
        if (!recipient.packages.includes(packageNameOf(specifier))) mismatches.push(`${sink.id}: ${specifier}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('argument indexes are small non-negative integers and passthrough methods are names', () => {
    for (const sink of SINKS) {
      for (const index of [...(sink.dataArguments ?? []), ...(sink.urlArgument === undefined ? [] : [sink.urlArgument])]) {
        expect(Number.isInteger(index) && index >= 0 && index < 8).toBe(true);
      }
      for (const method of sink.passthrough ?? []) expect(method).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(sink.docs).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  test('the catalog covers at least 50 distinct third-party recipients', () => {
    const thirdParties = new Set(
      SINKS.map((sink) => recipientByKey(sink.recipient))
        .filter((recipient) => recipient !== undefined && !recipient.isLocal)
        .map((recipient) => recipient!.key),
    );
    expect(thirdParties.size).toBeGreaterThanOrEqual(50);
  });

  test('error reporters are log sinks, never sharing (DESIGN.md section 4, "Logs")', () => {
    for (const key of ['sentry', 'bugsnag', 'rollbar', 'honeybadger', 'airbrake']) {
      const kinds = new Set(SINKS.filter((sink) => sink.recipient === key).map((sink) => sink.kind));
      expect({ key, kinds: [...kinds] }).toEqual({ key, kinds: ['log'] });
    }
  });

  test('database writes and response bodies are not sinks', () => {
    const databaseModules = ['@prisma/client', 'mongoose', 'typeorm', 'drizzle-orm', 'sequelize', 'pg', 'mysql2', 'mongodb', '@mikro-orm/core'];
    const modules = new Set(SINKS.flatMap((sink) => sink.modules ?? []));
    for (const name of databaseModules) expect({ name, isSink: modules.has(name) }).toEqual({ name, isSink: false });
    const express = SINKS.filter((sink) => sink.modules?.includes('express')).flatMap((sink) => sink.calls);
    expect(express).toEqual(['new Response().cookie()']);
    const supabase = sinkById('supabase.client').calls;
    // Table writes hang off the client (`supabase.from('users').insert()`); storage uploads are sinks.
    expect(supabase.filter((shape) => /^\w+\(\)\.from\(\)/.test(shape))).toEqual([]);
    expect(supabase).toContain('createClient().storage.from().upload()');
  });

  test('the generic frameworks are not recipients: LangChain and the Vercel AI SDK send to their provider', () => {
    expect(sinkById('vercel-ai.core').recipient).toBe('$provider');
    expect(sinkById('openai.langchain')).toMatchObject({ recipient: 'openai', modules: ['@langchain/openai'] });
    expect(sinkById('anthropic.langchain').calls).toEqual([
      'new ChatAnthropic().invoke()',
      'new ChatAnthropic().stream()',
      'new ChatAnthropic().batch()',
      'new ChatAnthropic().streamEvents()',
    ]);
  });
});

describe('the shapes the issue names', () => {
  // [recipient, a module the chain starts from (or null for globals), shape, kind]
  const required: Array<[string, string | null, string, SinkDefinition['kind']]> = [
    ['segment', '@segment/analytics-node', 'new Analytics().identify()', 'third-party'],
    ['segment', '@segment/analytics-node', 'new Analytics().track()', 'third-party'],
    ['mixpanel', 'mixpanel', 'default.init().people.set()', 'third-party'],
    ['amplitude', '@amplitude/analytics-browser', 'new *.Identify().set()', 'third-party'],
    ['posthog', 'posthog-node', 'new PostHog().capture()', 'third-party'],
    ['posthog', 'posthog-js', 'default.setPersonProperties()', 'third-party'],
    ['google-analytics', null, 'global:gtag()', 'third-party'],
    ['google-analytics', '@next/third-parties/google', 'sendGAEvent()', 'third-party'],
    ['google-tag-manager', null, 'global:dataLayer.push()', 'third-party'],
    ['sendgrid', '@sendgrid/mail', 'default.send()', 'third-party'],
    ['resend', 'resend', 'new Resend().emails.send()', 'third-party'],
    ['resend', 'resend', 'new Resend().contacts.create()', 'third-party'],
    ['twilio', 'twilio', 'default().messages.create()', 'third-party'],
    ['$host', 'nodemailer', 'default.createTransport().sendMail()', 'third-party'],
    ['hubspot', '@hubspot/api-client', 'new Client().crm.*.basicApi.create()', 'third-party'],
    ['stripe', 'stripe', 'new default().*.create()', 'third-party'],
    ['stripe', 'stripe', 'new default().*.update()', 'third-party'],
    ['algolia', 'algoliasearch', 'default().initIndex().saveObjects()', 'third-party'],
    ['meilisearch', 'meilisearch', 'new Meilisearch().index().addDocuments()', 'third-party'],
    ['openai', 'openai', 'new OpenAI().chat.completions.create()', 'ai'],
    ['openai', 'openai', 'new OpenAI().responses.create()', 'ai'],
    ['anthropic', '@anthropic-ai/sdk', 'new Anthropic().messages.create()', 'ai'],
    ['google-gemini', '@google/genai', 'new GoogleGenAI().models.generateContent()', 'ai'],
    ['google-gemini', '@google/generative-ai', 'new GoogleGenerativeAI().getGenerativeModel().generateContent()', 'ai'],
    ['$provider', 'ai', 'generateText()', 'ai'],
    ['aws-s3', '@aws-sdk/client-s3', 'new S3Client().send()', 'third-party'],
    ['aws-ses', '@aws-sdk/client-sesv2', 'new SESv2Client().send()', 'third-party'],
    ['aws-sns', '@aws-sdk/client-sns', 'new SNSClient().send()', 'third-party'],
    ['sentry', '@sentry/node', '*.setUser()', 'log'],
    ['sentry', '@sentry/browser', '*.withScope(cb:0).setUser()', 'log'],
    ['sentry', '@sentry/nextjs', '*.getCurrentScope().setUser()', 'log'],
    ['sentry', '@sentry/react', '*.captureException()', 'log'],
    ['bugsnag', '@bugsnag/js', 'default.leaveBreadcrumb()', 'log'],
    ['newrelic', 'newrelic', 'default.noticeError()', 'log'],
    ['newrelic', 'newrelic', 'default.addCustomAttributes()', 'third-party'],
    ['datadog', 'dd-trace', 'default.scope().active().setTag()', 'third-party'],
    ['opentelemetry', '@opentelemetry/api', 'trace.getActiveSpan().setAttribute()', 'third-party'],
    ['console', null, 'global:console.log()', 'log'],
    ['pino', 'pino', 'default().info()', 'log'],
    ['winston', 'winston', 'default.createLogger().info()', 'log'],
    ['nestjs-logger', '@nestjs/common', 'new Logger().log()', 'log'],
    ['nestjs-logger', '@nestjs/common', 'Logger.log()', 'log'],
    ['debug', 'debug', 'default()()', 'log'],
    ['local-storage', null, 'global:localStorage.setItem()', 'client-storage'],
    ['session-storage', null, 'global:sessionStorage.setItem()', 'client-storage'],
    ['cookies', null, 'global:document.cookie=', 'client-storage'],
    ['cookies', 'js-cookie', 'default.set()', 'client-storage'],
    ['cookies', 'express', 'new Response().cookie()', 'client-storage'],
    ['indexeddb', 'idb-keyval', 'set()', 'client-storage'],
    ['file-system', 'node:fs', 'writeFile()', 'file'],
    ['file-system', 'fs', 'promises.writeFile()', 'file'],
    ['file-system', 'fs/promises', 'writeFile()', 'file'],
    ['$host', null, 'global:fetch()', 'http'],
    ['$host', 'axios', 'default.post()', 'http'],
    ['$host', 'axios', 'default.create().post()', 'http'],
    ['$host', 'superagent', 'default.*().send()', 'http'],
  ];

  test.each(required)('%s: %s %s', (recipient, module, shape, kind) => {
    const matches = SINKS.filter(
      (sink) =>
        sink.recipient === recipient &&
        sink.kind === kind &&
        sink.calls.includes(shape) &&
        (module === null ? sink.modules === undefined : sink.modules?.includes(module)),
    );
    expect(matches.map((sink) => sink.id)).toHaveLength(1);
  });

  test('data and URL arguments where only some arguments carry data', () => {
    expect(sinkById('cookies.express')).toMatchObject({ dataArguments: [1], passthrough: expect.arrayContaining(['status']) });
    expect(sinkById('file-system.write').dataArguments).toEqual([1]);
    expect(sinkById('http.axios-instance').urlArgument).toBe(0);
    // superagent: the URL is on the first call, `request('POST', url)` puts it second.
    expect(sinkById('http.superagent').urlArgument).toBe(0);
    expect(sinkById('http.superagent-method').urlArgument).toBe(1);
    expect(sinkById('pino.logger').passthrough).toEqual(['child']);
    expect(sinkById('sentry.sdk').passthrough).toEqual(['clone']);
  });
});
