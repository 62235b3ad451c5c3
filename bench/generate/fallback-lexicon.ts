// A small built-in vocabulary so the generator works before (or without) data/gazetteers/*.json.
// Shapes are those of the gazetteer files; lexicon.ts prefers the files whenever they exist.

export interface GazCountry { name: string; iso2?: string; aliases?: string[]; demonyms?: string[]; capital?: string; seats?: string[] }
export interface GazOrganization { name: string; aliases?: string[]; kind?: string; country?: string }
export interface GazPlace { name: string; kind?: string; country?: string; aliases?: string[] }
export interface GazPerson { name: string; aliases?: string[]; roles?: { title: string; of?: string }[] }

export const FALLBACK_COUNTRIES: GazCountry[] = [
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capital: 'Moscow', seats: ['Kremlin'] },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], capital: 'Kyiv', seats: [] },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean', 'North Koreans'], capital: 'Pyongyang', seats: [] },
  { name: 'Iran', demonyms: ['Iranian', 'Iranians'], capital: 'Tehran', seats: [] },
  { name: 'China', aliases: ["People's Republic of China"], demonyms: ['Chinese'], capital: 'Beijing', seats: [] },
  { name: 'United States', aliases: ['U.S.', 'US', 'America'], demonyms: ['American', 'Americans'], capital: 'Washington', seats: ['White House'] },
  { name: 'United Kingdom', aliases: ['UK', 'Britain'], demonyms: ['British'], capital: 'London', seats: [] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], capital: 'Abu Dhabi', seats: [] },
  { name: 'South Korea', demonyms: ['South Korean'], capital: 'Seoul', seats: [] },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], capital: 'Ankara', seats: [] },
  { name: 'Belarus', demonyms: ['Belarusian'], capital: 'Minsk', seats: [] },
  { name: 'Poland', demonyms: ['Polish'], capital: 'Warsaw', seats: [] },
];

export const FALLBACK_ORGANIZATIONS: GazOrganization[] = [
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'], kind: 'alliance' },
  { name: 'BRICS', kind: 'bloc' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'intergovernmental' },
  { name: 'European Union', aliases: ['EU'], kind: 'bloc' },
  { name: 'Pentagon', kind: 'ministry', country: 'United States' },
  { name: 'GUR', aliases: ['Main Directorate of Intelligence'], kind: 'agency', country: 'Ukraine' },
  { name: 'TASS', kind: 'media', country: 'Russia' },
  { name: 'Institute for the Study of War', aliases: ['ISW'], kind: 'institute', country: 'United States' },
  { name: 'Royal United Services Institute', aliases: ['RUSI'], kind: 'institute', country: 'United Kingdom' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: 'agency' },
];

export const FALLBACK_PLACES: GazPlace[] = [
  { name: 'Kursk', kind: 'region', country: 'Russia' },
  { name: 'Donetsk', kind: 'region', country: 'Ukraine' },
  { name: 'Kharkiv', kind: 'city', country: 'Ukraine' },
  { name: 'Zaporizhzhia', kind: 'city', country: 'Ukraine' },
  { name: 'Odesa', kind: 'city', country: 'Ukraine' },
  { name: 'Crimea', kind: 'region', country: 'Ukraine' },
  { name: 'Black Sea', kind: 'sea' },
  { name: 'Kazan', kind: 'city', country: 'Russia' },
  { name: 'Belgorod', kind: 'region', country: 'Russia' },
  { name: 'Ramstein Air Base', kind: 'base', country: 'Germany' },
  { name: 'Vladivostok', kind: 'city', country: 'Russia' },
  { name: 'Sumy', kind: 'city', country: 'Ukraine' },
];

export const FALLBACK_PEOPLE: GazPerson[] = [
  { name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Volodymyr Zelenskyy'], roles: [{ title: 'President', of: 'Ukraine' }] },
  { name: 'Vladimir Putin', roles: [{ title: 'President', of: 'Russia' }] },
  { name: 'Kim Jong-un', aliases: ['Kim Jong Un'], roles: [{ title: 'leader', of: 'North Korea' }] },
  { name: 'Xi Jinping', roles: [{ title: 'President', of: 'China' }] },
  { name: 'Mark Rutte', roles: [{ title: 'Secretary General', of: 'NATO' }] },
  { name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], roles: [{ title: 'Foreign Minister', of: 'Russia' }] },
  { name: 'Rustem Umerov', roles: [{ title: 'Defense Minister', of: 'Ukraine' }] },
  { name: 'Antonio Guterres', aliases: ['António Guterres'], roles: [{ title: 'Secretary-General', of: 'United Nations' }] },
];
