// Centres on one server: what a centre is, who may see which, and the bodies of GET/POST /centres,
// PATCH /centres/{id} and a centre coordinator's tokens. The coordinator token of the server (the
// municipality role) sees every centre; a centre coordinator token sees its own centre only.
import { z } from 'zod/mini';
import { isCountryCode } from '../countries';
import { isMunicipalityCode } from '../municipalities';
import { isTimeZone } from '../time';
import { isDeviceId } from '../visitFields';

const isoTime = z.iso.datetime({ offset: true });

/** A centre's name follows a tablet's name rule: one printed line, nothing hidden in it. */
export const CentreNameSchema = z
  .string()
  .check(z.refine(isDeviceId, 'not a name that can be shown'));

export const TimeZoneSchema = z.string().check(z.refine(isTimeZone, 'not an IANA time zone'));

/** At most the kiosk's whole first screen of pictures; more is a mistake, not a choice. */
export const MAX_FEATURED = 40;

export const FeaturedCountriesSchema = z
  .array(z.string().check(z.refine(isCountryCode, 'not a country code')))
  .check(z.maxLength(MAX_FEATURED));

export const FeaturedMunicipalitiesSchema = z
  .array(z.string().check(z.refine(isMunicipalityCode, 'not a municipality code')))
  .check(z.maxLength(MAX_FEATURED));

export const CentreSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  /** The kiosk's first countries for the centre's tablets; empty for the app's own. */
  featuredCountries: z.array(z.string()),
  /** The kiosk's first municipalities for the centre's tablets; empty for the app's own. */
  featuredMunicipalities: z.array(z.string()),
  createdAt: isoTime,
});

export type Centre = z.output<typeof CentreSchema>;

/** Who the token is: the municipality (every centre) or one centre's coordinator. */
export const CoordinatorScopeSchema = z.enum(['municipality', 'centre']);

export type CoordinatorScope = z.output<typeof CoordinatorScopeSchema>;

export const CentreListSchema = z.object({
  role: CoordinatorScopeSchema,
  centres: z.array(CentreSchema),
});

export type CentreList = z.output<typeof CentreListSchema>;

export const NewCentreSchema = z.object({
  name: CentreNameSchema,
  timeZone: TimeZoneSchema,
  featuredCountries: z.optional(FeaturedCountriesSchema),
  featuredMunicipalities: z.optional(FeaturedMunicipalitiesSchema),
});

export type NewCentre = z.output<typeof NewCentreSchema>;

export const CentreChangeSchema = z.partial(NewCentreSchema);

export type CentreChange = z.output<typeof CentreChangeSchema>;

/** What the pairing answer tells a tablet of its centre. */
export const PairedCentreSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  featuredCountries: z.array(z.string()),
  featuredMunicipalities: z.array(z.string()),
});

export type PairedCentre = z.output<typeof PairedCentreSchema>;

export const CentreTokenRequestSchema = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(80)),
});

export const CentreTokenSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  createdAt: isoTime,
  revokedAt: z.nullable(isoTime),
});

export type CentreToken = z.output<typeof CentreTokenSchema>;

/** The answer to making a token: the token itself, shown this once; only its hash is kept. */
export const NewCentreTokenSchema = z.object({ ...CentreTokenSchema.shape, token: z.string() });

export type NewCentreToken = z.output<typeof NewCentreTokenSchema>;

export const CentreTokenListSchema = z.object({ tokens: z.array(CentreTokenSchema) });

export type CentreTokenList = z.output<typeof CentreTokenListSchema>;
