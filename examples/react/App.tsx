// A React page using the wrappers: state flows down as properties, events come back as props.
import { useState } from 'react';
import { DutyRoster, ProcedureSearch, Provider } from './motcua-react.js';

export function App() {
  const [lang, setLang] = useState<'vi' | 'en'>('vi');
  const [week, setWeek] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  return (
    <main>
      <h1>{lang === 'en' ? 'One-stop office' : 'Bộ phận Một cửa'}</h1>
      <button type="button" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
        {lang === 'vi' ? 'English' : 'Tiếng Việt'}
      </button>
      <Provider apiBase="/api/v1" lang={lang}>
        <ProcedureSearch pageSize={5} onSelect={(e) => {
          // The search would open the procedure page; this app shows the code instead.
          e.preventDefault();
          setChosen(e.detail.code);
        }} />
        <DutyRoster headingLevel={2} onWeekChange={(e) => setWeek(e.detail.week)} />
      </Provider>
      <p role="status" data-testid="week">{week ? `Tuần đang xem: ${week}` : 'Tuần này'}</p>
      <p role="status" data-testid="chosen">{chosen ? `Đã chọn: ${chosen}` : ''}</p>
    </main>
  );
}
