import {expect} from '@open-wc/testing';
import * as z from '../../src/schema.js';

// The browser's validator keeps zod's guarantees (src/schema.ts): these are the ones the adapters rely on.
describe('schema: the zod/mini subset of the browser code', () => {
  it('an object keeps only its declared keys and refuses null, arrays and primitives', () => {
    const Shape = z.object({a: z.string(), b: z.optional(z.number())});
    expect(Shape.safeParse({a: 'x', b: 1, extra: 'https://evil.example'})).to.deep.equal({success: true, data: {a: 'x', b: 1}});
    expect(Shape.safeParse({a: 'x'})).to.deep.equal({success: true, data: {a: 'x'}});
    for (const bad of [null, undefined, [], ['x'], 'a', 1, {b: 1}, {a: 1}]) expect(Shape.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
  });

  it('does not read keys from the prototype chain', () => {
    const polluted = Object.create({a: 'inherited'});
    expect(z.object({a: z.string()}).safeParse(polluted).success).to.equal(false);
  });

  it('never coerces: strings, finite numbers, booleans and literals are taken as they are', () => {
    expect(z.string().safeParse(1).success).to.equal(false);
    expect(z.number().safeParse('1').success).to.equal(false);
    expect(z.number().safeParse(Number.NaN).success).to.equal(false);
    expect(z.number().safeParse(Infinity).success).to.equal(false);
    expect(z.boolean().safeParse('true').success).to.equal(false);
    expect(z.literal(510).safeParse('510').success).to.equal(false);
    expect(z.union([z.literal(510), z.literal('510')]).safeParse('510')).to.deep.equal({success: true, data: '510'});
    expect(z.enum(['iframe', 'qr']).safeParse('qr').success).to.equal(true);
    expect(z.enum(['iframe', 'qr']).safeParse('sdk').success).to.equal(false);
  });

  it('optional accepts a missing value, never null', () => {
    expect(z.optional(z.string()).safeParse(undefined)).to.deep.equal({success: true, data: undefined});
    expect(z.optional(z.string()).safeParse(null).success).to.equal(false);
  });

  it('checks run in order: trim rewrites, then minLength refuses what is left empty', () => {
    const text = z.string().check(z.trim(), z.minLength(1));
    expect(text.safeParse('  a  ')).to.deep.equal({success: true, data: 'a'});
    expect(text.safeParse('   ').success).to.equal(false);
    const either = z.object({url: z.optional(text), token: z.optional(text)}).check(z.refine((value) => Boolean(value.url || value.token)));
    expect(either.safeParse({}).success).to.equal(false);
    expect(either.safeParse({token: ' t '})).to.deep.equal({success: true, data: {token: 't'}});
  });

  it('a union returns the first option that matches', () => {
    const Response = z.union([z.object({link: z.string()}), z.object({link_url: z.string()})]);
    expect(Response.safeParse({link_url: 'x', link: 1})).to.deep.equal({success: true, data: {link_url: 'x'}});
    expect(Response.safeParse({}).success).to.equal(false);
  });
});
