import type { Criterion, CriterionOption, SurveyForm } from '../../src/model/index.js';
import { AGENCIES, OFFICIALS } from './staff.js';

const pos = (value: string, label: string): CriterionOption => ({ value, label, tone: 'positive' });
const mid = (value: string, label: string): CriterionOption => ({ value, label, tone: 'neutral' });
const neg = (value: string, label: string): CriterionOption => ({ value, label, tone: 'negative' });

const c = (id: string, label: string, required: boolean, options: CriterionOption[]): Criterion => ({ id, label, required, options });

/**
 * The generic per-dossier evaluation, grouped by the five SIPAS parts. Option values of `time`
 * match the dossier timeliness (early/on-time/late) so the server can prefill it; values of
 * `overall` match the satisfaction history.
 */
export function buildSurveyForm(): SurveyForm {
  return {
    id: 'sipas-2025',
    version: 1,
    title: 'Đánh giá mức độ hài lòng về giải quyết thủ tục hành chính',
    intro:
      'Ý kiến của Ông/Bà giúp cơ quan nâng cao chất lượng phục vụ. Phiếu đánh giá không thu thập họ tên hay số giấy tờ của người đánh giá.',
    sections: [
      {
        id: 'access', part: 'access', title: 'Tiếp cận dịch vụ',
        criteria: [
          c('convenience', 'Nơi tiếp nhận hồ sơ, trả kết quả có thuận tiện, dễ tìm không?', true, [pos('convenient', 'Thuận tiện'), mid('average', 'Bình thường'), neg('inconvenient', 'Không thuận tiện')]),
          c('information', 'Thông tin về thủ tục được niêm yết, công khai có đầy đủ, dễ hiểu không?', false, [pos('clear', 'Đầy đủ, dễ hiểu'), mid('partly', 'Chưa đầy đủ'), neg('unclear', 'Khó hiểu, thiếu thông tin')]),
        ],
      },
      {
        id: 'procedure', part: 'procedure', title: 'Thủ tục hành chính',
        criteria: [
          c('time', 'Tổng thời gian giải quyết so với thời hạn theo quy định', true, [pos('early', 'Sớm hơn'), mid('on-time', 'Đúng hạn'), neg('late', 'Trễ hạn')]),
          c('contacts', 'Số lần phải liên hệ với cơ quan để hoàn thiện hồ sơ', true, [pos('1', '1 lần'), mid('2', '2 lần'), neg('3+', 'Từ 3 lần trở lên')]),
          c('agencies', 'Số cơ quan, đơn vị phải liên hệ để giải quyết hồ sơ', true, [pos('1', '1 cơ quan'), mid('2', '2 cơ quan'), neg('3+', 'Từ 3 cơ quan trở lên')]),
          c('onlineProgress', 'Việc theo dõi tiến độ giải quyết hồ sơ trực tuyến', false, [pos('easy', 'Dễ dàng, cập nhật kịp thời'), mid('not-used', 'Không sử dụng'), neg('hard', 'Khó theo dõi, không cập nhật')]),
        ],
      },
      {
        id: 'official', part: 'official', title: 'Công chức trực tiếp giải quyết',
        criteria: [
          c('staffAttitude', 'Thái độ của công chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ', true, [pos('polite', 'Lịch sự, tận tình'), mid('normal', 'Bình thường'), neg('impolite', 'Thiếu lịch sự, gây khó khăn')]),
          c('staffGuidance', 'Công chức hướng dẫn kê khai hồ sơ có đầy đủ, dễ hiểu không?', false, [pos('clear', 'Đầy đủ, dễ hiểu'), mid('partly', 'Chưa đầy đủ'), neg('unclear', 'Không hướng dẫn')]),
        ],
      },
      {
        id: 'result', part: 'result', title: 'Kết quả giải quyết',
        criteria: [
          c('resultAccuracy', 'Kết quả nhận được có đúng quy định, chính xác thông tin không?', false, [pos('correct', 'Đúng, chính xác'), neg('wrong', 'Có sai sót')]),
          c('overall', 'Mức độ hài lòng chung của Ông/Bà', true, [pos('very-satisfied', 'Rất hài lòng'), mid('satisfied', 'Hài lòng'), neg('dissatisfied', 'Không hài lòng')]),
        ],
      },
      {
        id: 'feedback', part: 'feedback', title: 'Tiếp nhận, xử lý phản ánh, kiến nghị',
        criteria: [
          c('feedbackHandling', 'Việc tiếp nhận, xử lý phản ánh, kiến nghị (nếu có)', false, [pos('timely', 'Kịp thời, thỏa đáng'), mid('none', 'Không có phản ánh'), neg('poor', 'Chậm, chưa thỏa đáng')]),
        ],
      },
    ],
    comment: { maxLength: 1000 },
    agencies: AGENCIES.map((a) => ({ id: a.id, name: a.name })),
    officials: OFFICIALS.map((o) => ({ id: o.id, name: o.name, agencyId: o.agencyId })),
  };
}
