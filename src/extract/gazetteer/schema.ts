// zod schemas of the gazetteer files in data/gazetteers/ (written by the gazetteer task; see its README).
import { z } from 'zod';

const names = z.array(z.string()).default([]);

export const CountrySchema = z.object({
  name: z.string().min(1),
  iso2: z.string().optional(),
  aliases: names,
  demonyms: names,
  capital: z.string().optional().nullable(),
  capitalAliases: names,
  seats: names,
});

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  aliases: names,
  kind: z.string().optional(),
  country: z.string().optional().nullable(),
});

export const PlaceSchema = z.object({
  name: z.string().min(1),
  kind: z.string().optional(),
  country: z.string().optional().nullable(),
  aliases: names,
});

export const PersonRoleSchema = z.object({
  title: z.string(),
  of: z.string().optional().nullable(),
  from: z.string().optional().nullable(),
  to: z.string().optional().nullable(),
});

export const PersonSchema = z.object({
  name: z.string().min(1),
  aliases: names,
  roles: z.array(PersonRoleSchema).default([]),
});

export const GazetteerDataSchema = z.object({
  countries: z.array(CountrySchema).default([]),
  organizations: z.array(OrganizationSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  people: z.array(PersonSchema).default([]),
});

export type CountryRecord = z.infer<typeof CountrySchema>;
export type OrganizationRecord = z.infer<typeof OrganizationSchema>;
export type PlaceRecord = z.infer<typeof PlaceSchema>;
export type PersonRecord = z.infer<typeof PersonSchema>;
export type GazetteerData = z.infer<typeof GazetteerDataSchema>;
/** What callers (tests, fixtures) may pass: every list and list field optional. */
export type GazetteerInput = z.input<typeof GazetteerDataSchema>;
