// The football words the drafter knows: they tag the article for compromise and they are where
// suggested pools come from. Canonical spellings here are the ones written into packs.

export interface NationalTeam {
  name: string;
  confederation: 'UEFA' | 'CONMEBOL' | 'CONCACAF' | 'CAF' | 'AFC';
  /** The adjective, which counts as a mention of the team ("his French team-mates"). */
  demonym?: string;
  /** Other names of the team itself ("Les Bleus", "Holland"). */
  aliases?: string[];
  /** Head coaches, oldest first: a pool for "which coach" facts about this team's players. */
  coaches?: string[];
}

export const NATIONAL_TEAMS: readonly NationalTeam[] = [
  { name: 'France', confederation: 'UEFA', demonym: 'French', aliases: ['Les Bleus'],
    coaches: ['Aimé Jacquet', 'Roger Lemerre', 'Jacques Santini', 'Raymond Domenech', 'Laurent Blanc', 'Didier Deschamps'] },
  { name: 'Spain', confederation: 'UEFA', demonym: 'Spanish',
    coaches: ['Luis Aragonés', 'Vicente del Bosque', 'Julen Lopetegui', 'Luis Enrique', 'Luis de la Fuente'] },
  { name: 'Germany', confederation: 'UEFA', demonym: 'German', coaches: ['Rudi Völler', 'Jürgen Klinsmann', 'Joachim Löw', 'Hansi Flick', 'Julian Nagelsmann'] },
  { name: 'Italy', confederation: 'UEFA', demonym: 'Italian', coaches: ['Marcello Lippi', 'Cesare Prandelli', 'Antonio Conte', 'Roberto Mancini', 'Luciano Spalletti'] },
  { name: 'England', confederation: 'UEFA', demonym: 'English', coaches: ['Sven-Göran Eriksson', 'Fabio Capello', 'Roy Hodgson', 'Gareth Southgate'] },
  { name: 'Portugal', confederation: 'UEFA', demonym: 'Portuguese', coaches: ['Luiz Felipe Scolari', 'Paulo Bento', 'Fernando Santos', 'Roberto Martínez'] },
  { name: 'Netherlands', confederation: 'UEFA', demonym: 'Dutch', aliases: ['Holland'], coaches: ['Marco van Basten', 'Bert van Marwijk', 'Louis van Gaal', 'Ronald Koeman'] },
  { name: 'Belgium', confederation: 'UEFA', demonym: 'Belgian', coaches: ['Marc Wilmots', 'Roberto Martínez', 'Domenico Tedesco'] },
  { name: 'Croatia', confederation: 'UEFA', demonym: 'Croatian', coaches: ['Slaven Bilić', 'Zlatko Dalić'] },
  { name: 'Switzerland', confederation: 'UEFA', demonym: 'Swiss' },
  { name: 'Austria', confederation: 'UEFA', demonym: 'Austrian' },
  { name: 'Denmark', confederation: 'UEFA', demonym: 'Danish' },
  { name: 'Sweden', confederation: 'UEFA', demonym: 'Swedish' },
  { name: 'Poland', confederation: 'UEFA', demonym: 'Polish' },
  { name: 'Ukraine', confederation: 'UEFA', demonym: 'Ukrainian' },
  { name: 'Greece', confederation: 'UEFA', demonym: 'Greek' },
  { name: 'Czech Republic', confederation: 'UEFA', aliases: ['Czechia'] },
  { name: 'Serbia', confederation: 'UEFA', demonym: 'Serbian' },
  { name: 'Turkey', confederation: 'UEFA', aliases: ['Türkiye'] },
  { name: 'Scotland', confederation: 'UEFA', demonym: 'Scottish' },
  { name: 'Wales', confederation: 'UEFA', demonym: 'Welsh' },
  { name: 'Norway', confederation: 'UEFA', demonym: 'Norwegian' },
  { name: 'Romania', confederation: 'UEFA', demonym: 'Romanian' },
  { name: 'Hungary', confederation: 'UEFA', demonym: 'Hungarian' },
  { name: 'Iceland', confederation: 'UEFA', demonym: 'Icelandic' },
  { name: 'Brazil', confederation: 'CONMEBOL', demonym: 'Brazilian' },
  { name: 'Argentina', confederation: 'CONMEBOL', demonym: 'Argentine' },
  { name: 'Uruguay', confederation: 'CONMEBOL', demonym: 'Uruguayan' },
  { name: 'Colombia', confederation: 'CONMEBOL', demonym: 'Colombian' },
  { name: 'Chile', confederation: 'CONMEBOL', demonym: 'Chilean' },
  { name: 'Paraguay', confederation: 'CONMEBOL' },
  { name: 'Ecuador', confederation: 'CONMEBOL' },
  { name: 'Peru', confederation: 'CONMEBOL' },
  { name: 'Mexico', confederation: 'CONCACAF', demonym: 'Mexican' },
  { name: 'United States', confederation: 'CONCACAF', aliases: ['USA', 'USMNT'] },
  { name: 'Canada', confederation: 'CONCACAF' },
  { name: 'Costa Rica', confederation: 'CONCACAF' },
  { name: 'Morocco', confederation: 'CAF', demonym: 'Moroccan' },
  { name: 'Senegal', confederation: 'CAF', demonym: 'Senegalese' },
  { name: 'Nigeria', confederation: 'CAF', demonym: 'Nigerian' },
  { name: 'Cameroon', confederation: 'CAF' },
  { name: 'Ghana', confederation: 'CAF' },
  { name: 'Egypt', confederation: 'CAF' },
  { name: 'Algeria', confederation: 'CAF', demonym: 'Algerian' },
  { name: 'Ivory Coast', confederation: 'CAF', aliases: ["Côte d'Ivoire"] },
  { name: 'Tunisia', confederation: 'CAF' },
  { name: 'Japan', confederation: 'AFC', demonym: 'Japanese' },
  { name: 'South Korea', confederation: 'AFC', aliases: ['Korea Republic'] },
  { name: 'Australia', confederation: 'AFC' },
  { name: 'Saudi Arabia', confederation: 'AFC' },
  { name: 'Iran', confederation: 'AFC' },
  { name: 'Qatar', confederation: 'AFC' },
];

/** Clubs whose names are not ordinary English words; most famous first (the pool takes the head). */
export const CLUBS: readonly string[] = [
  'Real Madrid', 'Barcelona', 'Bayern Munich', 'Manchester United', 'Juventus', 'Paris Saint-Germain',
  'Liverpool', 'Chelsea', 'AC Milan', 'Inter Milan', 'Manchester City', 'Arsenal', 'Atlético Madrid',
  'Borussia Dortmund', 'Tottenham Hotspur', 'Ajax', 'Benfica', 'Napoli', 'Olympique Lyonnais',
  'Olympique de Marseille', 'Al-Ittihad', 'Al-Nassr', 'Inter Miami', 'Celtic', 'Sevilla', 'Valencia',
];

/** Tournaments played in editions: "Euro 2008", "2010 World Cup". */
export interface Competition {
  name: string;
  aliases: string[];
  /** Years an edition is named after (Euro 2020 keeps its name although played in 2021). */
  editions: readonly number[];
}

const every4 = (from: number, to: number, skip: readonly number[] = []) =>
  Array.from({ length: Math.floor((to - from) / 4) + 1 }, (_, i) => from + 4 * i).filter((y) => !skip.includes(y));

export const COMPETITIONS: readonly Competition[] = [
  { name: 'World Cup', aliases: ['FIFA World Cup'], editions: every4(1930, 2026, [1942, 1946]) },
  { name: 'Euro', aliases: ['European Championship', 'European Championships', 'UEFA Euro'], editions: every4(1960, 2028) },
  { name: 'Copa América', aliases: ['Copa America'], editions: [1993, 1995, 1997, 1999, 2001, 2004, 2007, 2011, 2015, 2016, 2019, 2021, 2024] },
  { name: 'Africa Cup of Nations', aliases: ['AFCON'], editions: [2000, 2002, 2004, 2006, 2008, 2010, 2012, 2013, 2015, 2017, 2019, 2021, 2023] },
  { name: 'Asian Cup', aliases: ['AFC Asian Cup'], editions: [1996, 2000, 2004, 2007, 2011, 2015, 2019, 2023] },
  { name: 'Gold Cup', aliases: ['CONCACAF Gold Cup'], editions: [1991, 1993, 1996, 1998, 2000, 2002, 2003, 2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019, 2021, 2023] },
];

/** Trophies and awards: won, not played in editions. */
export interface Trophy {
  name: string;
  aliases: string[];
  /** Won with a club, with a national team, or alone. */
  kind: 'club' | 'national' | 'award';
}

export const TROPHIES: readonly Trophy[] = [
  { name: 'Champions League', aliases: ['UEFA Champions League', 'European Cup'], kind: 'club' },
  { name: 'Ballon d’Or', aliases: ["Ballon d'Or"], kind: 'award' },
  { name: 'Nations League', aliases: ['UEFA Nations League'], kind: 'national' },
  { name: 'Europa League', aliases: ['UEFA Europa League', 'UEFA Cup'], kind: 'club' },
  { name: 'Golden Boot', aliases: ['European Golden Shoe'], kind: 'award' },
  { name: 'Club World Cup', aliases: ['FIFA Club World Cup'], kind: 'club' },
  { name: 'Confederations Cup', aliases: ['FIFA Confederations Cup'], kind: 'national' },
  { name: 'Super Cup', aliases: ['UEFA Super Cup'], kind: 'club' },
  { name: 'Copa del Rey', aliases: [], kind: 'club' },
  { name: 'FA Cup', aliases: [], kind: 'club' },
  { name: 'Golden Ball', aliases: [], kind: 'award' },
  { name: 'The Best FIFA Men’s Player', aliases: ['FIFA Best Men’s Player'], kind: 'award' },
];

/** Near misses for a national team's trophy that the lexicon tags as competitions, not trophies. */
export const NATIONAL_TITLES: readonly string[] = ['World Cup', 'European Championship', 'Confederations Cup', 'Copa América'];

export const SOCIAL_NETWORKS: readonly string[] = ['Instagram', 'Twitter', 'Facebook', 'TikTok', 'Snapchat', 'YouTube', 'Threads', 'Twitch'];

/** Job titles that introduce a person: "coach Raymond Domenech", "French President, Emmanuel Macron". */
export const COACH_ROLES: readonly string[] = ['coach', 'manager', 'head coach', 'boss', 'national coach', 'coaches'];
export const OTHER_ROLES: readonly string[] = ['president', 'captain', 'team-mate', 'teammate', 'chairman', 'referee', 'sporting director', 'agent'];

/** Managers known beyond one national team: filler for a coaches pool. */
export const FAMOUS_MANAGERS: readonly string[] = [
  'Carlo Ancelotti', 'Zinedine Zidane', 'José Mourinho', 'Pep Guardiola', 'Jürgen Klopp', 'Arsène Wenger', 'Alex Ferguson',
];

export function findNationalTeam(name: string): NationalTeam | undefined {
  const key = name.toLowerCase().replace(/[’']s$/, '');
  return NATIONAL_TEAMS.find((t) => [t.name, ...(t.aliases ?? [])].some((a) => a.toLowerCase() === key));
}

export function findCompetition(name: string): Competition | undefined {
  const key = name.toLowerCase();
  return COMPETITIONS.find((c) => c.name.toLowerCase() === key || c.aliases.some((a) => a.toLowerCase() === key));
}

export function findTrophy(name: string): Trophy | undefined {
  const key = name.toLowerCase().replace(/’/g, "'");
  return TROPHIES.find((t) => [t.name, ...t.aliases].some((n) => n.toLowerCase().replace(/’/g, "'") === key));
}

export function findClub(name: string): string | undefined {
  const key = name.toLowerCase();
  return CLUBS.find((c) => c.toLowerCase() === key);
}
