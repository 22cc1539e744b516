// The days date-holidays 3.37.0 gets wrong for Kazakhstan in 2023-2027, as the project's calendar
// brief documents them (../shared/rules/calendar.md, "Disagreements between python-holidays 0.108,
// date-holidays 3.37.0 and the official sources": 9 wrong dates, "the official sources are right in
// every case"). `working` is the official status; `sources` are the brief's numbered sources.
// The bench uses this to say, for each add-6-working-days date on which the peer and kz-work-permit
// disagree, which days cause it and who is right.

export const BRIEF = "../shared/rules/calendar.md";

export const KNOWN_ERRORS = [
  {
    date: "2023-07-01",
    working: true,
    peer: "day off",
    cause: "transfer not supported: Sat 1 Jul 2023 was worked (Government decree No. 326 of 25.04.2023, adilet P2300000326)",
    sources: [9, 10],
  },
  {
    date: "2023-07-07",
    working: false,
    peer: "working",
    cause: "transfer not supported: Fri 7 Jul 2023 was the day off of decree No. 326 (adilet P2300000326)",
    sources: [9, 10],
  },
  {
    date: "2024-05-04",
    working: true,
    peer: "day off",
    cause: "transfer not supported: Sat 4 May 2024 was worked (act adilet G24G0000109)",
    sources: [12, 13],
  },
  {
    date: "2024-05-08",
    working: false,
    peer: "working",
    cause: "transfer not supported: Wed 8 May 2024 was the day off of act G24G0000109",
    sources: [12, 13],
  },
  {
    date: "2025-01-03",
    working: false,
    peer: "working",
    cause: "transfer not supported: Fri 3 Jan 2025 was the day off of act G24G0000436",
    sources: [15, 16],
  },
  {
    date: "2025-01-05",
    working: true,
    peer: "day off",
    cause: "transfer not supported: Sun 5 Jan 2025 was worked (act adilet G24G0000436)",
    sources: [15, 16],
  },
  {
    date: "2026-03-16",
    working: true,
    peer: "day off",
    cause: "KZ.yaml has 15 Mar Constitution Day `since 2026` and substitutes Mon 16 Mar 2026; it is first observed in 2027 (MTSZN; holidays-law change history)",
    sources: [2, 3, 4],
  },
  {
    date: "2026-03-25",
    working: false,
    peer: "working",
    cause: "per-day Nauryz rule: Sat 21 → Mon 23 collides with the 23 Mar holiday; art. 5 of Law 267-II gives Tue 24 and Wed 25 after the last Nauryz day",
    sources: [1, 18, 20],
  },
  {
    date: "2027-03-24",
    working: false,
    peer: "working",
    cause: "per-day Nauryz rule: Sun 21 → 'next Tuesday' 23 Mar, already a holiday, so the moved day is lost; art. 5 gives Wed 24 (2027 is a projection)",
    sources: [1],
  },
];

/** The brief's source list, for the report (numbers as in calendar.md § Sources). */
export const SOURCES = {
  1: "Law No. 267-II 'On holidays in the RK', art. 1 and art. 5 (weekend rule) — https://adilet.zan.kz/rus/docs/Z010000267_",
  2: "Same law, change history incl. the 2026 amendments (archived, cited by python-holidays PR #3690) — https://web.archive.org/web/20260710112450/https://adilet.zan.kz/kaz/docs/Z010000267_/history",
  3: "python-holidays PR #3690: Constitution Day not celebrated in 2026 — https://github.com/vacanza/holidays/pull/3690",
  4: "Taspanews 18.03.2026 (MTSZN): 15 March officially celebrated from 2027 — https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615",
  9: "Government decree No. 326 of 25.04.2023 (1 Jul → 7 Jul 2023) — https://adilet.zan.kz/rus/docs/P2300000326",
  10: "Zakon.kz on the 25.04.2023 decree — https://zakon.kz/amp/sobytiia/6395425-kazakhstantsy-otdokhnut-4-dnya-na-den-stolitsy.html",
  12: "2024 transfer act G24G0000109 (4 May → 8 May 2024) — https://adilet.zan.kz/kaz/docs/G24G0000109",
  13: "Alataunews: text of the 2024 transfer — https://alataunews.kz/ru/novosti/kak-budut-otdyhat-kazahstanczy-na-majskie-prazdniki-s-uchetom-perenosa-vyhodnyh-dnej",
  15: "2025 transfer act G24G0000436 (5 Jan → 3 Jan 2025) — https://adilet.zan.kz/kaz/docs/G24G0000436",
  16: "Smartnews.kz (MTSZN): the 21.11.2024 transfer, no others in 2025 — https://smartnews.kz/ru/news/18380-budut-li-perenosy-vyhodnyh-na-majskie-prazdniki-v-2025-godu",
  18: "Kazinform 02.01.2026: the egov 2026 calendar, 24-25 Mar off — https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6",
  20: "Zakon.kz 09.01.2026: 21-25 March 2026 off — https://www.zakon.kz/pravo/6503812-skolko-dney-kazakhstantsy-otdokhnut-v-2026-godu.html",
};
