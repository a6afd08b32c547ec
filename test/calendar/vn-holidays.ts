// Vietnam's 2025–2027 holiday decisions, shaped as the API's holiday list supplies them.
import type { HolidayCalendar } from '../../src/calendar/index.js';

const days = (name: string, ...dates: string[]) => dates.map((date) => ({ date, name }));

export const VN_2025_2026: HolidayCalendar = {
  holidays: [
    ...days('Tết Dương lịch', '2025-01-01'),
    // Tết Ất Tỵ: Mon 27/1 to Sun 2/2/2025.
    ...days('Tết Nguyên đán', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02'),
    ...days('Giỗ Tổ Hùng Vương', '2025-04-07'),
    ...days('Ngày Giải phóng miền Nam', '2025-04-30'),
    ...days('Ngày Quốc tế Lao động', '2025-05-01'),
    // Swapped off against Sat 26/4/2025.
    ...days('Nghỉ bù (hoán đổi ngày làm việc)', '2025-05-02'),
    ...days('Quốc khánh', '2025-09-01', '2025-09-02'),
    ...days('Tết Dương lịch', '2026-01-01'),
    // Tết Bính Ngọ: the working days Mon 16/2 to Fri 20/2/2026.
    ...days('Tết Nguyên đán', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
    ...days('Ngày Giải phóng miền Nam', '2026-04-30'),
    ...days('Ngày Quốc tế Lao động', '2026-05-01'),
    // 2/9 and its adjacent day, as decided for 2026.
    ...days('Quốc khánh', '2026-09-01', '2026-09-02'),
    ...days('Tết Dương lịch', '2027-01-01'),
  ],
  workdays: [...days('Làm bù cho ngày 2/5/2025', '2025-04-26')],
};
