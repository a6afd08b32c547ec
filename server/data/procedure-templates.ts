import type { OnlineLevel } from '../../src/model/index.js';
import type { FieldCode } from './fields.js';
import type { LegalKey } from './legal.js';

/**
 * One base procedure of the catalogue. Levels: T = tỉnh, H = huyện (before 7/2025 only),
 * X = xã/phường, B = bộ. A template whose levels include H is pre-reform (three-tier) data;
 * the others describe the two-tier government in force since 1/7/2025.
 */
export interface ProcedureTemplate {
  field: FieldCode;
  name: string;
  levels: string;
  /** Legal time limit in working days; 0 = within the day. */
  days: number;
  /** Fee as the catalogue writes it. */
  fee: string;
  /** National code when we know it; otherwise one is derived from the name. */
  code?: string;
  /** Online level; null = in person / post only. Default: partial (new) or level-3 (old). */
  online?: OnlineLevel | null;
  /** Fee when submitted online, if reduced. */
  onlineFee?: string;
  /** Accepts dossiers by public postal service. */
  postal?: boolean;
  docs?: string[];
  result?: string;
  legal?: LegalKey[];
  keywords?: string[];
  subjects?: string;
  requirements?: string;
}

type Opts = Omit<ProcedureTemplate, 'field' | 'name' | 'levels' | 'days' | 'fee'>;
type Row = [name: string, levels: string, days: number, fee: string, opts?: Opts];

function group(field: FieldCode, rows: Row[]): ProcedureTemplate[] {
  return rows.map(([name, levels, days, fee, opts]) => ({ field, name, levels, days, fee, ...opts }));
}

const FREE = 'Miễn phí';
const NOFEE = 'Không';

export const TEMPLATES: ProcedureTemplate[] = [
  ...group('ho-tich', [
    ['Đăng ký khai sinh', 'X', 0, 'Miễn phí (đăng ký đúng hạn); 8.000 đồng/bản trích lục nếu yêu cầu cấp thêm bản sao', { code: '1.001193', online: 'full', postal: true, docs: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh'], result: 'Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu', keywords: ['khai sinh', 'giấy khai sinh', 'làm giấy khai sinh', 'đăng ký cho con'] }],
    ['Đăng ký kết hôn', 'X', 0, FREE, { code: '1.000894', online: 'partial', docs: ['Tờ khai đăng ký kết hôn theo mẫu', 'Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký tại nơi không thường trú)'], result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)', keywords: ['kết hôn', 'giấy đăng ký kết hôn', 'cưới'] }],
    ['Đăng ký khai tử', 'X', 0, FREE, { code: '1.000656', online: 'full', postal: true, docs: ['Tờ khai đăng ký khai tử theo mẫu', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'], result: 'Trích lục khai tử', keywords: ['khai tử', 'giấy chứng tử'] }],
    ['Đăng ký kết hôn có yếu tố nước ngoài', 'X', 10, '1.500.000 đồng/trường hợp', { code: '1.000689', online: 'partial', docs: ['Tờ khai đăng ký kết hôn theo mẫu', 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước ngoài cấp', 'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần', 'Bản sao Hộ chiếu hoặc giấy tờ có giá trị thay thế của người nước ngoài'], result: 'Giấy chứng nhận kết hôn', keywords: ['kết hôn với người nước ngoài', 'kết hôn có yếu tố nước ngoài'] }],
    ['Đăng ký khai sinh có yếu tố nước ngoài', 'H', 3, '100.000 đồng/trường hợp', { code: '1.001022', docs: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh', 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con'] }],
    ['Đăng ký khai tử có yếu tố nước ngoài', 'H', 3, '50.000 đồng/trường hợp', { code: '1.001766' }],
    ['Đăng ký lại khai sinh', 'X', 5, '5.000 đồng/trường hợp', { online: 'partial' }],
    ['Đăng ký lại kết hôn', 'X', 5, '30.000 đồng/trường hợp'],
    ['Đăng ký lại khai tử', 'X', 5, '5.000 đồng/trường hợp'],
    ['Đăng ký nhận cha, mẹ, con', 'X', 3, FREE, { online: 'partial', docs: ['Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 'Văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ cha, mẹ, con (ADN) hoặc chứng cứ khác'] }],
    ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'X', 3, FREE, { online: 'partial' }],
    ['Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 'X', 3, '15.000 đồng/trường hợp', { online: 'full', docs: ['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 'Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung'], keywords: ['cải chính hộ tịch', 'sửa tên', 'đổi tên', 'sửa năm sinh'] }],
    ['Cấp bản sao trích lục hộ tịch', 'TX', 0, '8.000 đồng/bản', { online: 'full', postal: true, onlineFee: '4.000 đồng/bản (giảm 50% khi nộp trực tuyến)', docs: ['Tờ khai cấp bản sao trích lục hộ tịch theo mẫu'], result: 'Bản sao trích lục hộ tịch', keywords: ['trích lục', 'bản sao giấy khai sinh', 'sao lục'] }],
    ['Cấp Giấy xác nhận tình trạng hôn nhân', 'X', 3, '15.000 đồng/trường hợp', { online: 'full', onlineFee: '7.500 đồng/trường hợp', docs: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', 'Bản án, quyết định ly hôn đã có hiệu lực (nếu đã ly hôn)'], result: 'Giấy xác nhận tình trạng hôn nhân', keywords: ['độc thân', 'xác nhận độc thân', 'tình trạng hôn nhân'] }],
    ['Đăng ký giám hộ', 'X', 3, FREE],
    ['Đăng ký chấm dứt giám hộ', 'X', 2, FREE],
    ['Đăng ký khai sinh lưu động', 'X', 5, FREE, { online: null }],
    ['Đăng ký kết hôn lưu động', 'X', 5, FREE, { online: null }],
    ['Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'H', 5, '50.000 đồng/trường hợp', { code: '2.000748' }],
    ['Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam (khai sinh; giám hộ; nhận cha, mẹ, con; xác định cha, mẹ, con; nuôi con nuôi; thay đổi hộ tịch) đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'H', 5, '50.000 đồng/trường hợp', { code: '2.000635' }],
    ['Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'X', 5, FREE, { online: 'full', legal: ['LHT', 'ND123', 'LCT', 'LBHYT', 'ND107DVC'], result: 'Trích lục khai sinh điện tử, kết quả đăng ký thường trú và thẻ bảo hiểm y tế điện tử', keywords: ['liên thông khai sinh', 'đề án 06', 'thẻ bảo hiểm y tế trẻ em'] }],
    ['Liên thông các thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', 'X', 10, FREE, { online: 'full', legal: ['LHT', 'LCT', 'LBHXH', 'ND107DVC'], keywords: ['liên thông khai tử', 'mai táng phí'] }],
  ]),
  ...group('chung-thuc', [
    ['Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'HX', 0, '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản', { code: '2.000815', online: 'level-3', docs: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'Bản sao cần chứng thực'], result: 'Bản sao được chứng thực từ bản chính', keywords: ['sao y', 'sao y bản chính', 'công chứng giấy tờ', 'photo công chứng'] }],
    ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'X', 0, '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản', { online: 'partial', docs: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'Bản sao cần chứng thực'], result: 'Bản sao được chứng thực từ bản chính', keywords: ['sao y', 'sao y bản chính', 'công chứng giấy tờ'] }],
    ['Chứng thực bản sao điện tử từ bản chính', 'X', 0, '2.000 đồng/trang', { online: 'full', keywords: ['chứng thực điện tử', 'sao y điện tử'] }],
    ['Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)', 'X', 0, '10.000 đồng/trường hợp', { docs: ['Giấy tờ, văn bản mà mình sẽ ký'] , keywords: ['chứng thực chữ ký'] }],
    ['Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật', 'H', 0, '10.000 đồng/trường hợp', { docs: ['Bản dịch đính kèm giấy tờ, văn bản cần dịch'] }],
    ['Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'X', 2, '50.000 đồng/hợp đồng, giao dịch', { docs: ['Dự thảo hợp đồng, giao dịch', 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc bản sao giấy tờ thay thế'] }],
    ['Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', 'X', 2, '50.000 đồng/văn bản', { keywords: ['chia thừa kế', 'di sản'] }],
    ['Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', 'X', 2, '50.000 đồng/văn bản', { keywords: ['khai nhận thừa kế'] }],
    ['Chứng thực di chúc', 'X', 2, '50.000 đồng/di chúc', { keywords: ['di chúc'] }],
    ['Chứng thực văn bản từ chối nhận di sản', 'X', 2, '25.000 đồng/văn bản'],
    ['Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'X', 2, '30.000 đồng/hợp đồng, giao dịch'],
    ['Sửa lỗi sai sót trong hợp đồng, giao dịch', 'X', 0, '25.000 đồng/hợp đồng, giao dịch'],
    ['Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 'X', 0, '2.000 đồng/trang'],
  ]),
  ...group('dat-dai', [
    ['Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'TX', 20, 'Lệ phí cấp Giấy chứng nhận theo Nghị quyết của HĐND tỉnh', { online: 'partial', postal: true, docs: ['Đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK', 'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)', 'Chứng từ thực hiện nghĩa vụ tài chính (nếu có)'], keywords: ['cấp sổ đỏ lần đầu', 'làm sổ đỏ', 'cấp giấy chứng nhận lần đầu'] }],
    ['Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'TX', 10, 'Lệ phí chỉnh lý Giấy chứng nhận theo Nghị quyết của HĐND tỉnh; lệ phí trước bạ, thuế thu nhập cá nhân (nếu có)', { online: 'partial', postal: true, docs: ['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 11/ĐK', 'Hợp đồng, văn bản về chuyển quyền đã được công chứng hoặc chứng thực', 'Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân'], keywords: ['sang tên sổ đỏ', 'chuyển nhượng đất', 'tặng cho đất', 'thừa kế đất', 'biến động'] }],
    ['Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất của vợ hoặc chồng thành của chung vợ và chồng', 'TH', 10, 'Theo Nghị quyết của HĐND tỉnh', { code: '1.004227', legal: ['LDD2013', 'ND43DD'], keywords: ['sang tên sổ đỏ', 'chuyển nhượng'] }],
    ['Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp giải quyết tranh chấp, khiếu nại, tố cáo về đất đai; xử lý nợ hợp đồng thế chấp, góp vốn; kê biên, đấu giá quyền sử dụng đất, tài sản gắn liền với đất để thi hành án; chia, tách, hợp nhất, sáp nhập tổ chức; thỏa thuận hợp nhất hoặc phân chia quyền sử dụng đất, tài sản gắn liền với đất của hộ gia đình, của vợ và chồng, của nhóm người sử dụng đất', 'TH', 10, 'Theo Nghị quyết của HĐND tỉnh', { legal: ['LDD2013', 'ND43DD'] }],
    ['Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân', 'H', 30, 'Theo Nghị quyết của HĐND tỉnh', { legal: ['LDD2013', 'ND43DD'], keywords: ['sổ đỏ', 'cấp sổ lần đầu'] }],
    ['Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân', 'H', 15, 'Theo Nghị quyết của HĐND tỉnh', { legal: ['LDD2013', 'ND43DD'], keywords: ['chuyển đổi mục đích', 'lên thổ cư'] }],
    ['Chuyển mục đích sử dụng đất đối với cá nhân', 'X', 15, 'Theo Nghị quyết của HĐND tỉnh; tiền sử dụng đất theo thông báo của cơ quan thuế', { online: 'partial', legal: ['LDD2024', 'ND102DD', 'ND151DD'], keywords: ['lên thổ cư', 'chuyển mục đích', 'chuyển đất vườn lên đất ở'] }],
    ['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'TX', 7, '50.000 đồng/giấy', { online: 'partial', postal: true, keywords: ['đổi sổ đỏ', 'cấp đổi sổ'] }],
    ['Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', 'TX', 10, '50.000 đồng/giấy', { online: 'partial', docs: ['Đơn đề nghị cấp lại Giấy chứng nhận theo Mẫu số 11/ĐK', 'Giấy xác nhận của Công an cấp xã về việc mất giấy tờ hoặc giấy tờ chứng minh đã đăng tin mất'], keywords: ['mất sổ đỏ', 'cấp lại sổ'] }],
    ['Đính chính Giấy chứng nhận đã cấp', 'TX', 5, FREE, { online: 'partial' }],
    ['Tách thửa hoặc hợp thửa đất', 'TX', 15, 'Theo Nghị quyết của HĐND tỉnh', { online: 'partial', docs: ['Đơn đề nghị tách thửa đất, hợp thửa đất theo Mẫu số 01/ĐK', 'Bản vẽ tách thửa đất, hợp thửa đất'], keywords: ['tách sổ', 'tách thửa', 'hợp thửa'] }],
    ['Xóa đăng ký cho thuê, cho thuê lại, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'TX', 3, FREE],
    ['Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'TX', 0, '80.000 đồng/hồ sơ', { online: 'full', legal: ['LDD2024', 'ND101DD'], keywords: ['thế chấp sổ đỏ', 'đăng ký giao dịch bảo đảm', 'vay ngân hàng'] }],
    ['Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'TX', 0, '20.000 đồng/hồ sơ', { online: 'full', keywords: ['xóa thế chấp', 'giải chấp'] }],
    ['Cung cấp thông tin, dữ liệu đất đai', 'TX', 2, 'Theo Nghị quyết của HĐND tỉnh', { online: 'full', keywords: ['tra cứu thông tin thửa đất', 'quy hoạch'] }],
    ['Hòa giải tranh chấp đất đai', 'X', 30, FREE, { online: null, keywords: ['tranh chấp đất', 'hòa giải'] }],
    ['Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất', 'H', 5, FREE, { legal: ['LDD2013', 'ND43DD'] }],
    ['Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề', 'H', 10, 'Theo Nghị quyết của HĐND tỉnh', { legal: ['LDD2013', 'ND43DD'], keywords: ['lối đi chung'] }],
    ['Gia hạn sử dụng đất', 'T', 7, 'Theo Nghị quyết của HĐND tỉnh'],
  ]),
  ...group('xay-dung', [
    ['Cấp giấy phép xây dựng nhà ở riêng lẻ', 'X', 15, '75.000 đồng/giấy phép', { online: 'partial', postal: true, docs: ['Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 01', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Hai bộ bản vẽ thiết kế xây dựng', 'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (nếu có)'], result: 'Giấy phép xây dựng nhà ở riêng lẻ', keywords: ['xin phép xây nhà', 'GPXD', 'giấy phép xây dựng nhà ở', 'xây nhà'] }],
    ['Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/theo giai đoạn cho công trình không theo tuyến/theo tuyến trong đô thị/dự án) và nhà ở riêng lẻ', 'H', 15, '75.000 đồng/giấy phép; nhà ở riêng lẻ của nhân dân: 50.000 đồng/giấy phép', { code: '1.009994', legal: ['LXD', 'LXDSD', 'ND15XD'], keywords: ['GPXD'] }],
    ['Cấp giấy phép sửa chữa, cải tạo công trình', 'TX', 15, '75.000 đồng/giấy phép', { online: 'partial', keywords: ['sửa nhà', 'cải tạo nhà'] }],
    ['Cấp giấy phép di dời công trình', 'TX', 15, '75.000 đồng/giấy phép'],
    ['Điều chỉnh giấy phép xây dựng', 'TX', 10, '15.000 đồng/giấy phép', { online: 'partial' }],
    ['Gia hạn giấy phép xây dựng', 'TX', 5, '15.000 đồng/giấy phép', { online: 'partial' }],
    ['Cấp lại giấy phép xây dựng', 'TX', 5, '15.000 đồng/giấy phép', { online: 'partial' }],
    ['Cấp giấy phép xây dựng có thời hạn', 'H', 15, '50.000 đồng/giấy phép', { legal: ['LXD', 'ND15XD'] }],
    ['Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng', 'T', 25, 'Theo Thông tư số 27/2023/TT-BTC', { online: 'partial' }],
    ['Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'T', 20, '300.000 đồng/chứng chỉ', { online: 'full', onlineFee: '150.000 đồng/chứng chỉ' }],
    ['Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', 'T', 20, '1.000.000 đồng/chứng chỉ', { online: 'full' }],
  ]),
  ...group('dang-ky-kinh-doanh', [
    ['Đăng ký thành lập hộ kinh doanh', 'X', 3, '100.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { code: '2.000720', online: 'full', onlineFee: 'Miễn phí', postal: true, docs: ['Giấy đề nghị đăng ký hộ kinh doanh theo mẫu', 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký)', 'Bản sao hợp đồng thuê nhà, hợp đồng mượn nhà làm địa điểm kinh doanh'], result: 'Giấy chứng nhận đăng ký hộ kinh doanh', keywords: ['mở quán', 'giấy phép kinh doanh hộ', 'đăng ký hộ kinh doanh', 'ĐKKD'] }],
    ['Đăng ký hộ kinh doanh', 'H', 3, '100.000 đồng/lần', { legal: ['LDN', 'ND01DN'], keywords: ['giấy phép kinh doanh hộ'] }],
    ['Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'X', 3, '100.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { online: 'full', onlineFee: 'Miễn phí' }],
    ['Tạm ngừng hoạt động hộ kinh doanh', 'X', 3, FREE, { online: 'full' }],
    ['Chấm dứt hoạt động hộ kinh doanh', 'X', 3, FREE, { online: 'full', keywords: ['đóng hộ kinh doanh', 'giải thể hộ'] }],
    ['Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'X', 3, '100.000 đồng/lần', { online: 'full' }],
    ['Đăng ký thành lập doanh nghiệp tư nhân', 'T', 3, '50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { online: 'full', onlineFee: 'Miễn phí', keywords: ['thành lập công ty', 'DNTN'] }],
    ['Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'T', 3, '50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { online: 'full', onlineFee: 'Miễn phí', keywords: ['thành lập công ty', 'TNHH'] }],
    ['Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 'T', 3, '50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { online: 'full', onlineFee: 'Miễn phí', keywords: ['thành lập công ty', 'TNHH'] }],
    ['Đăng ký thành lập công ty cổ phần', 'T', 3, '50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử', { online: 'full', onlineFee: 'Miễn phí', keywords: ['thành lập công ty', 'CTCP'] }],
    ['Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần', 'T', 3, '50.000 đồng/lần', { online: 'full', onlineFee: 'Miễn phí' }],
    ['Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'T', 3, FREE, { online: 'full' }],
    ['Giải thể doanh nghiệp', 'T', 5, FREE, { online: 'full' }],
    ['Đăng ký thành lập hợp tác xã', 'H', 5, '100.000 đồng/lần', { legal: ['LDN', 'ND98HTX'], keywords: ['HTX', 'hợp tác xã'] }],
  ]),
  ...group('cong-thuong', [
    ['Cấp Giấy phép bán lẻ rượu', 'H', 10, 'Theo Thông tư số 168/2016/TT-BTC', { legal: ['LTM', 'ND105RU'], keywords: ['bán rượu'] }],
    ['Cấp Giấy phép bán lẻ rượu', 'X', 10, 'Theo Thông tư số 168/2016/TT-BTC', { online: 'partial', legal: ['LTM', 'ND105RU'], keywords: ['bán rượu', 'giấy phép rượu'] }],
    ['Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'X', 10, 'Theo Thông tư số 168/2016/TT-BTC', { online: 'partial', legal: ['LTM', 'ND105RU'], keywords: ['nấu rượu'] }],
    ['Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 'T', 15, '1.100.000 đồng/giấy phép', { legal: ['LTM', 'ND67TL'], online: 'partial' }],
    ['Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'T', 15, '1.200.000 đồng/giấy', { online: 'partial', keywords: ['cây xăng'] }],
    ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc thẩm quyền của Sở Công Thương', 'T', 20, '700.000 đồng/lần/cơ sở', { online: 'partial', legal: ['LATTP', 'ND15ATTP'], keywords: ['ATTP', 'an toàn thực phẩm'] }],
    ['Xác nhận đăng ký thực hiện khuyến mại', 'T', 5, FREE, { online: 'full', keywords: ['khuyến mãi', 'khuyến mại'] }],
    ['Cấp Giấy chứng nhận đăng ký hoạt động bán hàng đa cấp tại địa phương', 'T', 7, FREE, { online: 'partial' }],
    ['Cấp giấy phép hoạt động điện lực trong lĩnh vực phân phối điện tại địa phương', 'T', 15, 'Theo Thông tư số 106/2020/TT-BTC', { online: 'partial' }],
  ]),
  ...group('y-te', [
    ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'H', 15, 'Cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn: 700.000 đồng/lần/cơ sở; từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở', { legal: ['LATTP', 'ND15ATTP'], docs: ['Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm', 'Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm'], result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', keywords: ['ATTP', 'vệ sinh an toàn thực phẩm', 'giấy phép quán ăn', 'an toàn thực phẩm'] }],
    ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế', 'T', 20, 'Cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn: 700.000 đồng/lần/cơ sở; từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở', { online: 'partial', legal: ['LATTP', 'ND15ATTP'], result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', keywords: ['ATTP', 'an toàn thực phẩm', 'bếp ăn tập thể'] }],
    ['Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh', 'T', 20, '360.000 đồng/lần', { online: 'partial', keywords: ['chứng chỉ hành nghề y', 'giấy phép hành nghề'] }],
    ['Cấp mới giấy phép hoạt động đối với phòng khám đa khoa', 'T', 45, '5.700.000 đồng/lần', { online: 'partial', keywords: ['mở phòng khám'] }],
    ['Cấp Chứng chỉ hành nghề dược', 'T', 20, '500.000 đồng/hồ sơ', { online: 'partial', legal: ['LDUOC', 'ND54DUOC'] }],
    ['Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc', 'T', 20, '1.000.000 đồng/hồ sơ', { online: 'partial', legal: ['LDUOC', 'ND54DUOC'], keywords: ['mở nhà thuốc', 'quầy thuốc'] }],
    ['Đăng ký bản công bố sản phẩm đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt', 'T', 7, '1.500.000 đồng/lần/sản phẩm', { online: 'full', legal: ['LATTP', 'ND15ATTP'] }],
    ['Xác nhận nội dung quảng cáo thực phẩm', 'T', 10, '1.100.000 đồng/lần/sản phẩm', { online: 'full', legal: ['LATTP', 'ND15ATTP'] }],
    ['Công bố cơ sở đủ điều kiện thực hiện tiêm chủng', 'T', 0, FREE, { online: 'full' }],
    ['Cấp giấy chứng nhận là lương y', 'T', 30, FREE, { online: 'partial', keywords: ['đông y', 'thầy thuốc'] }],
  ]),
  ...group('lao-dong-xa-hoi', [
    ['Giải quyết chế độ trợ cấp thất nghiệp', 'T', 20, FREE, { code: '1.000401', online: 'partial', postal: true, legal: ['LVL', 'ND28VL'], docs: ['Đề nghị hưởng trợ cấp thất nghiệp theo mẫu', 'Bản chính hoặc bản sao có chứng thực quyết định thôi việc hoặc hợp đồng lao động đã hết hạn', 'Sổ bảo hiểm xã hội'], result: 'Quyết định về việc hưởng trợ cấp thất nghiệp', keywords: ['thất nghiệp', 'bảo hiểm thất nghiệp', 'BHTN', 'trợ cấp thất nghiệp'] }],
    ['Tạm dừng hưởng trợ cấp thất nghiệp', 'T', 3, FREE, { legal: ['LVL', 'ND28VL'], online: 'partial' }],
    ['Chuyển nơi hưởng trợ cấp thất nghiệp', 'T', 3, FREE, { legal: ['LVL', 'ND28VL'], online: 'partial' }],
    ['Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp', 'T', 20, FREE, { legal: ['LVL', 'ND28VL'] }],
    ['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'T', 5, '600.000 đồng/giấy phép', { online: 'full', legal: ['BLLD', 'ND152LD'], keywords: ['work permit', 'giấy phép lao động'] }],
    ['Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'T', 5, FREE, { online: 'full', legal: ['BLLD', 'ND152LD'] }],
    ['Đăng ký nội quy lao động', 'T', 7, FREE, { online: 'partial', legal: ['BLLD'] }],
    ['Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'X', 15, FREE, { online: 'partial', legal: ['ND20BTXH'], keywords: ['trợ cấp xã hội', 'bảo trợ xã hội', 'người cao tuổi'] }],
    ['Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', 'X', 10, FREE, { online: null, legal: ['ND20BTXH'] }],
    ['Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'X', 3, FREE, { legal: ['ND20BTXH'], keywords: ['mai táng phí'] }],
    ['Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'X', 25, FREE, { online: 'partial', keywords: ['người khuyết tật', 'giấy xác nhận khuyết tật'] }],
    ['Đổi, cấp lại Giấy xác nhận khuyết tật', 'X', 5, FREE, { online: 'partial' }],
    ['Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 'X', 7, FREE, { keywords: ['hộ nghèo', 'hộ cận nghèo', 'sổ hộ nghèo'] }],
    ['Giải quyết trợ cấp tiền tuất hằng tháng cho thân nhân khi người có công với cách mạng từ trần', 'H', 12, FREE, { legal: ['ND131NCC'], keywords: ['người có công', 'tiền tuất'] }],
    ['Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn', 'H', 5, FREE, { legal: ['ND20BTXH'] }],
  ]),
  ...group('giao-duc', [
    ['Chuyển trường đối với học sinh trung học cơ sở', 'H', 3, FREE, { keywords: ['chuyển trường', 'THCS'] }],
    ['Chuyển trường đối với học sinh trung học cơ sở', 'X', 3, FREE, { online: 'partial', keywords: ['chuyển trường', 'THCS'] }],
    ['Chuyển trường đối với học sinh trung học phổ thông', 'T', 3, FREE, { online: 'partial', keywords: ['chuyển trường', 'THPT'] }],
    ['Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'TX', 1, FREE, { online: 'full', legal: ['LGD', 'TT21VB'], keywords: ['sao bằng tốt nghiệp', 'bản sao bằng'] }],
    ['Chỉnh sửa nội dung văn bằng, chứng chỉ', 'T', 5, FREE, { online: 'partial', legal: ['LGD', 'TT21VB'] }],
    ['Công nhận trường mầm non đạt chuẩn quốc gia', 'T', 20, FREE],
    ['Cho phép trường tiểu học hoạt động giáo dục', 'H', 20, FREE],
    ['Thành lập trường mầm non, trường tiểu học, trường trung học cơ sở công lập hoặc cho phép thành lập trường mầm non, trường tiểu học, trường trung học cơ sở tư thục', 'X', 20, FREE, { online: 'partial' }],
    ['Cấp phép hoạt động giáo dục kỹ năng sống', 'T', 15, FREE, { online: 'partial' }],
    ['Đăng ký dự thi tốt nghiệp trung học phổ thông', 'T', 0, FREE, { online: 'full', keywords: ['thi tốt nghiệp', 'thi THPT'] }],
    ['Hỗ trợ ăn trưa đối với trẻ em mẫu giáo', 'X', 10, FREE, { online: null }],
  ]),
  ...group('noi-vu', [
    ['Thi tuyển công chức', 'T', 30, 'Theo Thông tư số 92/2021/TT-BTC', { online: 'partial', keywords: ['thi công chức', 'tuyển dụng'] }],
    ['Xét tuyển viên chức', 'T', 30, 'Theo Thông tư số 92/2021/TT-BTC', { online: 'partial', keywords: ['tuyển viên chức'] }],
    ['Thành lập hội', 'T', 30, FREE, { online: 'partial' }],
    ['Phê duyệt điều lệ hội', 'T', 30, FREE, { online: 'partial' }],
    ['Công nhận ban vận động thành lập hội', 'T', 30, FREE],
    ['Cấp giấy phép thành lập và công nhận điều lệ quỹ', 'T', 30, FREE],
  ]),
  ...group('van-hoa', [
    ['Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'H', 5, 'Từ 01 đến 03 phòng: 4.000.000 đồng/giấy', { legal: ['ND54KARA'], keywords: ['karaoke'] }],
    ['Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'X', 5, 'Từ 01 đến 03 phòng: 4.000.000 đồng/giấy; từ 04 đến 05 phòng: 6.000.000 đồng/giấy; từ 06 phòng trở lên: 12.000.000 đồng/giấy', { online: 'partial', legal: ['ND54KARA'], keywords: ['karaoke', 'hát'] }],
    ['Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường', 'T', 5, '15.000.000 đồng/giấy', { online: 'partial', legal: ['ND54KARA'] }],
    ['Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'T', 7, '500.000 đồng/giấy', { online: 'partial', keywords: ['phòng gym', 'bể bơi', 'thể hình'] }],
    ['Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa', 'T', 10, '3.000.000 đồng/giấy phép', { online: 'full', keywords: ['lữ hành', 'tour'] }],
    ['Cấp thẻ hướng dẫn viên du lịch nội địa', 'T', 10, '650.000 đồng/thẻ', { online: 'full', keywords: ['hướng dẫn viên'] }],
    ['Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch', 'T', 30, 'Theo Thông tư số 34/2018/TT-BTC', { keywords: ['khách sạn', 'xếp hạng sao'] }],
    ['Thông báo tổ chức lễ hội cấp xã', 'X', 5, FREE, { online: 'full', keywords: ['lễ hội'] }],
    ['Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản đến dưới 1.000 bản', 'H', 3, FREE],
  ]),
  ...group('nong-nghiep', [
    ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản', 'T', 15, '700.000 đồng/cơ sở', { online: 'partial', legal: ['LATTP', 'ND15ATTP'], keywords: ['ATTP nông sản'] }],
    ['Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'T', 1, 'Theo Thông tư số 101/2020/TT-BTC', { online: 'full', legal: ['LTT'], keywords: ['kiểm dịch'] }],
    ['Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'T', 15, '500.000 đồng/lần', { online: 'partial', legal: ['LTRT'] }],
    ['Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón', 'T', 15, '500.000 đồng/lần', { online: 'partial', legal: ['LTRT'] }],
    ['Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y', 'T', 10, '230.000 đồng/lần', { online: 'partial', legal: ['LTT'] }],
    ['Cấp Giấy chứng nhận kinh tế trang trại', 'X', 5, FREE, { online: 'partial', keywords: ['trang trại'] }],
    ['Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai, dịch bệnh', 'X', 10, FREE, { online: null, keywords: ['thiên tai', 'hỗ trợ thiệt hại'] }],
    ['Đăng ký tàu cá', 'T', 3, '70.000 đồng/lần', { online: 'partial', legal: ['LTS'] }],
    ['Xác nhận bảng kê lâm sản', 'X', 2, FREE, { online: 'partial' }],
    ['Phê duyệt kế hoạch khuyến nông địa phương', 'H', 15, FREE, { legal: ['ND98HTX'] }],
  ]),
  ...group('tai-nguyen-moi-truong', [
    ['Cấp giấy phép môi trường', 'T', 20, 'Theo Nghị quyết của HĐND tỉnh', { online: 'partial', keywords: ['GPMT'] }],
    ['Cấp giấy phép môi trường cấp xã', 'X', 15, FREE, { online: 'partial', keywords: ['GPMT'] }],
    ['Cấp giấy phép môi trường cấp huyện', 'H', 15, FREE],
    ['Đăng ký môi trường', 'X', 5, FREE, { online: 'full' }],
    ['Thẩm định báo cáo đánh giá tác động môi trường', 'T', 30, 'Theo Thông tư số 56/2022/TT-BTC', { online: 'partial', keywords: ['ĐTM'] }],
    ['Cấp giấy phép khai thác nước dưới đất đối với công trình có quy mô dưới 3.000 m³/ngày đêm', 'T', 20, 'Theo Nghị quyết của HĐND tỉnh', { online: 'partial', legal: ['LTNN'], keywords: ['giếng khoan'] }],
    ['Đăng ký khai thác nước dưới đất', 'X', 10, FREE, { online: 'full', legal: ['LTNN'], keywords: ['giếng khoan'] }],
    ['Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường', 'T', 30, 'Theo Thông tư số 191/2016/TT-BTC', { online: 'partial' }],
  ]),
  ...group('cu-tru', [
    ['Đăng ký thường trú', 'X', 7, '20.000 đồng/lần đăng ký', { online: 'full', onlineFee: '10.000 đồng/lần đăng ký', docs: ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Văn bản đồng ý cho đăng ký thường trú của chủ hộ hoặc chủ sở hữu chỗ ở hợp pháp (trường hợp nhập hộ)'], result: 'Thông báo kết quả đăng ký thường trú, cập nhật vào Cơ sở dữ liệu về cư trú', keywords: ['nhập hộ khẩu', 'hộ khẩu', 'thường trú', 'chuyển hộ khẩu'] }],
    ['Đăng ký tạm trú', 'X', 3, '15.000 đồng/lần đăng ký', { code: '1.004194', online: 'full', onlineFee: '7.000 đồng/lần đăng ký', docs: ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'], keywords: ['tạm trú', 'đăng ký tạm trú', 'KT3'] }],
    ['Gia hạn tạm trú', 'X', 3, '15.000 đồng/lần đăng ký', { online: 'full', onlineFee: '7.000 đồng/lần đăng ký' }],
    ['Xóa đăng ký thường trú', 'X', 1, FREE, { online: 'full' }],
    ['Xóa đăng ký tạm trú', 'X', 1, FREE, { online: 'full' }],
    ['Khai báo tạm vắng', 'X', 1, FREE, { online: 'full', keywords: ['tạm vắng'] }],
    ['Thông báo lưu trú', 'X', 0, FREE, { online: 'full', keywords: ['lưu trú', 'khai báo lưu trú', 'nhà nghỉ'] }],
    ['Tách hộ', 'X', 3, '10.000 đồng/lần', { online: 'full', onlineFee: '5.000 đồng/lần', keywords: ['tách hộ khẩu'] }],
    ['Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'X', 3, FREE, { online: 'full' }],
    ['Xác nhận thông tin về cư trú', 'X', 1, FREE, { online: 'full', keywords: ['xác nhận cư trú', 'CT07'] }],
  ]),
  ...group('can-cuoc', [
    ['Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên', 'TX', 7, 'Cấp lần đầu: miễn lệ phí', { online: 'partial', docs: ['Thẻ căn cước công dân hoặc chứng minh nhân dân cũ (nếu có)'], keywords: ['làm căn cước', 'CCCD', 'căn cước công dân', 'CMND'] }],
    ['Cấp đổi thẻ căn cước', 'TX', 7, '50.000 đồng/thẻ', { online: 'partial', onlineFee: '25.000 đồng/thẻ', keywords: ['đổi CCCD', 'đổi căn cước'] }],
    ['Cấp lại thẻ căn cước', 'TX', 7, '70.000 đồng/thẻ', { online: 'partial', onlineFee: '35.000 đồng/thẻ', keywords: ['mất căn cước', 'mất CCCD'] }],
    ['Cấp thẻ căn cước cho người dưới 14 tuổi', 'TX', 7, 'Cấp lần đầu: miễn lệ phí', { online: 'partial', keywords: ['căn cước cho trẻ em'] }],
    ['Cấp giấy chứng nhận căn cước', 'T', 30, FREE, { online: null }],
    ['Xác nhận số chứng minh nhân dân 9 số và số định danh cá nhân', 'H', 7, FREE, { keywords: ['CMND 9 số', 'xác nhận số CMND'] }],
  ]),
  ...group('ly-lich-tu-phap', [
    ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'T', 10, '200.000 đồng/lần/người; sinh viên, người có công với cách mạng: 100.000 đồng/lần/người', { code: '2.000488', online: 'full', postal: true, onlineFee: '200.000 đồng/lần/người (phí gửi kết quả qua bưu chính tính riêng)', docs: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', 'Bản chụp giấy tờ tùy thân của người được cấp Phiếu lý lịch tư pháp', 'Bản chụp sổ hộ khẩu hoặc giấy tờ chứng minh nơi thường trú, tạm trú (trường hợp không khai thác được dữ liệu dân cư)'], result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2', keywords: ['lý lịch tư pháp', 'LLTP', 'phiếu số 1', 'phiếu số 2', 'xác nhận không tiền án'] }],
    ['Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'T', 10, FREE, { online: null }],
    ['Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị – xã hội', 'T', 10, FREE, { online: null }],
  ]),
  ...group('nuoi-con-nuoi', [
    ['Đăng ký việc nuôi con nuôi trong nước', 'X', 30, '400.000 đồng/trường hợp', { online: 'partial' }],
    ['Đăng ký lại việc nuôi con nuôi trong nước', 'X', 5, FREE],
    ['Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi', 'T', 60, '4.500.000 đồng/trường hợp', { online: null }],
  ]),
  ...group('giao-thong', [
    ['Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'T', 5, '135.000 đồng/lần', { online: 'level-4', onlineFee: '115.000 đồng/lần', postal: true, legal: ['LGTDB', 'TT35GPLX'], docs: ['Đơn đề nghị đổi giấy phép lái xe theo mẫu', 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', 'Bản sao giấy phép lái xe sắp hết hạn'], result: 'Giấy phép lái xe (PET) mới', keywords: ['đổi bằng lái', 'GPLX', 'bằng lái xe', 'đổi giấy phép lái xe'] }],
    ['Cấp lại giấy phép lái xe', 'T', 10, '135.000 đồng/lần', { online: 'level-3', legal: ['LGTDB', 'TT35GPLX'], keywords: ['mất bằng lái'] }],
    ['Cấp giấy phép lái xe quốc tế', 'T', 5, '135.000 đồng/lần', { online: 'level-4', legal: ['LGTDB', 'TT35GPLX'], keywords: ['IDP', 'bằng lái quốc tế'] }],
    ['Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 'T', 5, '200.000 đồng/giấy phép', { online: 'full' }],
    ['Cấp phù hiệu xe ô tô kinh doanh vận tải', 'T', 2, FREE, { online: 'full' }],
    ['Cấp phép thi công công trình trên đường bộ đang khai thác', 'TX', 7, FREE, { online: 'partial' }],
    ['Đăng ký phương tiện thủy nội địa lần đầu đối với phương tiện chưa khai thác trên đường thủy nội địa', 'H', 3, '70.000 đồng/giấy chứng nhận', { keywords: ['đăng ký thuyền'] }],
    ['Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ', 'T', 2, FREE, { online: 'full' }],
  ]),
  ...group('thue', [
    ['Đăng ký thuế lần đầu đối với cá nhân', 'TX', 3, FREE, { online: 'full', keywords: ['mã số thuế cá nhân', 'MST'] }],
    ['Khai lệ phí trước bạ nhà, đất', 'TX', 3, FREE, { online: 'full', legal: ['LQLT', 'ND10LPTB'], keywords: ['trước bạ', 'lệ phí trước bạ'] }],
    ['Khai thuế thu nhập cá nhân đối với cá nhân chuyển nhượng bất động sản', 'TX', 5, FREE, { online: 'full', keywords: ['thuế chuyển nhượng đất'] }],
    ['Miễn, giảm thuế sử dụng đất phi nông nghiệp', 'X', 30, FREE, { online: 'partial' }],
    ['Đăng ký thay đổi thông tin đăng ký thuế', 'TX', 2, FREE, { online: 'full' }],
    ['Hoàn thuế thu nhập cá nhân', 'TX', 6, FREE, { online: 'full', keywords: ['quyết toán thuế', 'hoàn thuế TNCN'] }],
    ['Xác nhận việc thực hiện nghĩa vụ thuế', 'TX', 3, FREE, { online: 'full' }],
    ['Khai thuế khoán đối với hộ kinh doanh, cá nhân kinh doanh', 'H', 10, FREE, { keywords: ['thuế khoán'] }],
  ]),
  ...group('bao-hiem-xa-hoi', [
    ['Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế', 'TX', 5, FREE, { online: 'full', keywords: ['sổ BHXH', 'thẻ BHYT', 'cấp lại thẻ bảo hiểm y tế'] }],
    ['Giải quyết hưởng chế độ thai sản', 'TX', 6, FREE, { online: 'full', keywords: ['thai sản', 'sinh con'] }],
    ['Giải quyết hưởng chế độ ốm đau', 'TX', 6, FREE, { online: 'full' }],
    ['Giải quyết hưởng lương hưu', 'T', 20, FREE, { online: 'partial', keywords: ['nghỉ hưu', 'lương hưu'] }],
    ['Giải quyết hưởng bảo hiểm xã hội một lần', 'TX', 10, FREE, { online: 'full', keywords: ['rút BHXH một lần', 'BHXH 1 lần'] }],
    ['Đăng ký tham gia bảo hiểm xã hội tự nguyện', 'TX', 5, FREE, { online: 'full' }],
    ['Giải quyết hưởng trợ cấp mai táng, trợ cấp tuất', 'TX', 12, FREE, { online: 'partial' }],
  ]),
  ...group('ton-giao', [
    ['Đăng ký sinh hoạt tôn giáo tập trung', 'X', 20, FREE, { online: null }],
    ['Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã', 'X', 5, FREE, { online: 'partial' }],
    ['Đăng ký hoạt động tín ngưỡng', 'X', 15, FREE, { online: 'partial' }],
    ['Đề nghị tổ chức lễ hội tín ngưỡng', 'X', 15, FREE, { online: 'partial' }],
    ['Thông báo tổ chức quyên góp ngoài địa bàn một xã nhưng trong địa bàn một huyện của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc', 'H', 10, FREE],
    ['Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một xã', 'X', 10, FREE, { online: 'partial' }],
  ]),
  ...group('thi-dua-khen-thuong', [
    ['Tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích thực hiện nhiệm vụ chính trị', 'X', 20, NOFEE, { online: null, keywords: ['giấy khen'] }],
    ['Xét tặng danh hiệu Gia đình văn hóa hằng năm', 'X', 5, NOFEE, { online: null, keywords: ['gia đình văn hóa'] }],
    ['Tặng Bằng khen của Chủ tịch UBND cấp tỉnh', 'T', 20, NOFEE, { online: 'partial', keywords: ['bằng khen'] }],
    ['Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh', 'T', 20, NOFEE, { online: 'partial' }],
    ['Tặng danh hiệu Tập thể lao động xuất sắc', 'T', 20, NOFEE, { online: 'partial' }],
    ['Tặng Giấy khen của Chủ tịch UBND cấp huyện theo công trạng và thành tích đạt được', 'H', 20, NOFEE, { legal: ['LTDKT', 'ND98TDKT'] }],
  ]),
];
