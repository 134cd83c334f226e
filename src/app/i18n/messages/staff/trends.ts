// The coordinator page's trends and two-period comparison, in the staff languages. Each file of
// staff strings takes its language's part from here, so these keys are checked like the others.
export const trendsDa = {
  'reports.trends.title': 'Udvikling måned for måned',
  'reports.trends.show': 'Vis udviklingen',
  'reports.trends.explain':
    'Besøg, voksne og børn under 18 år i hver måned af det valgte år, ved siden af året før. Totalen tæller de samme måneder i begge år.',
  'reports.trends.year': 'År',
  'reports.trends.month': 'Måned',
  'reports.trends.visitsIn': 'Besøg {period}',
  'reports.trends.adultsIn': 'Voksne {period}',
  'reports.trends.childrenIn': 'Børn {period}',
  'reports.trends.change': 'Ændring i besøg',
  'reports.trends.notOver': 'ikke slut',
  'reports.trends.notBegun': 'ikke begyndt',
  'reports.trends.chart': 'Besøg hver måned i {period} og i {when}',
  'reports.trends.csv': 'Udviklingen som CSV',
  'reports.change.new': 'ny',
  'reports.compare.title': 'Sammenlign to perioder',
  'reports.compare.show': 'Vis sammenligningen',
  'reports.compare.explain':
    'Tabellen til bevillingsrapporten for to perioder side om side, med ændringen i hver række: antal besøg og procent. En række, den første periode ikke havde, er ny.',
  'reports.compare.first': 'Første periode',
  'reports.compare.second': 'Anden periode',
  'reports.compare.table': 'Tabel',
  'reports.compare.tableName': 'Sammenligning: {what}',
  'reports.compare.change': 'Ændring i besøg',
  'reports.compare.number': 'Antal',
  'reports.compare.percent': 'Procent',
  'reports.compare.csv': 'Sammenligningen som CSV',
};

export type TrendsKey = keyof typeof trendsDa;

export const trendsEn: Record<TrendsKey, string> = {
  'reports.trends.title': 'Trends month by month',
  'reports.trends.show': 'Show the trends',
  'reports.trends.explain':
    'Visits, adults and children under 18 in each month of the chosen year, beside the year before. The total counts the same months in both years.',
  'reports.trends.year': 'Year',
  'reports.trends.month': 'Month',
  'reports.trends.visitsIn': 'Visits {period}',
  'reports.trends.adultsIn': 'Adults {period}',
  'reports.trends.childrenIn': 'Children {period}',
  'reports.trends.change': 'Change in visits',
  'reports.trends.notOver': 'not over',
  'reports.trends.notBegun': 'not begun',
  'reports.trends.chart': 'Visits each month in {period} and in {when}',
  'reports.trends.csv': 'The trends as CSV',
  'reports.change.new': 'new',
  'reports.compare.title': 'Compare two periods',
  'reports.compare.show': 'Show the comparison',
  'reports.compare.explain':
    'The grant-report table for two periods side by side, with the change in each row: visits and per cent. A row the first period did not have is new.',
  'reports.compare.first': 'First period',
  'reports.compare.second': 'Second period',
  'reports.compare.table': 'Table',
  'reports.compare.tableName': 'Comparison: {what}',
  'reports.compare.change': 'Change in visits',
  'reports.compare.number': 'Number',
  'reports.compare.percent': 'Per cent',
  'reports.compare.csv': 'The comparison as CSV',
};

export const trendsAr: Record<TrendsKey, string> = {
  'reports.trends.title': 'التطور شهرًا بشهر',
  'reports.trends.show': 'اعرضي التطور',
  'reports.trends.explain':
    'الزيارات والبالغون والأطفال دون 18 سنة في كل شهر من السنة المختارة، بجانب السنة السابقة. المجموع يحسب الأشهر نفسها في السنتين.',
  'reports.trends.year': 'السنة',
  'reports.trends.month': 'الشهر',
  'reports.trends.visitsIn': 'الزيارات {period}',
  'reports.trends.adultsIn': 'البالغون {period}',
  'reports.trends.childrenIn': 'الأطفال {period}',
  'reports.trends.change': 'التغير في الزيارات',
  'reports.trends.notOver': 'لم ينته بعد',
  'reports.trends.notBegun': 'لم يبدأ بعد',
  'reports.trends.chart': 'الزيارات كل شهر في {period} وفي {when}',
  'reports.trends.csv': 'التطور بصيغة CSV',
  'reports.change.new': 'جديد',
  'reports.compare.title': 'قارني بين فترتين',
  'reports.compare.show': 'اعرضي المقارنة',
  'reports.compare.explain':
    'جدول تقرير المنحة لفترتين جنبًا إلى جنب، مع التغير في كل صف: عدد الزيارات والنسبة المئوية. الصف الذي لم يكن في الفترة الأولى جديد.',
  'reports.compare.first': 'الفترة الأولى',
  'reports.compare.second': 'الفترة الثانية',
  'reports.compare.table': 'الجدول',
  'reports.compare.tableName': 'مقارنة: {what}',
  'reports.compare.change': 'التغير في الزيارات',
  'reports.compare.number': 'العدد',
  'reports.compare.percent': 'النسبة المئوية',
  'reports.compare.csv': 'المقارنة بصيغة CSV',
};
