/**
 * Words that make a procedure a variant of a more basic one: "Cấp LẠI…", "Cấp ĐỔI…",
 * "…có yếu tố NƯỚC NGOÀI", "…LƯU ĐỘNG". The catalogue names the basic procedure with the short
 * name and the variants by adding these, so when the query does not ask for the variant, the
 * basic procedure should come first. Compared by accent key, so "đổi" (change) is a qualifier
 * while "đối" (as in "đối với") is not.
 *
 * The query asks for a qualifier only when it is typed as one: next to its neighbour in the name
 * ("cap lai") or with its own marks ("lại"). A bare "lai" that "lai xe" takes, or that stands
 * alone while the name also has "lái", is the drive of "lái xe", not the re-issue.
 */
export const defaultQualifiers: readonly string[] = [
  'lại', 'đổi', 'xóa', 'hủy', 'thay đổi', 'thu hồi', 'gia hạn', 'chấm dứt', 'điều chỉnh', 'đính chính',
  'cải chính', 'hiệu đính', 'dừng', 'khôi phục', 'trình báo mất', 'khu vực biên giới', 'yếu tố nước ngoài', 'nước ngoài', 'quốc tế', 'lưu động', 'tạm ngừng', 'di dời', 'có thời hạn', 'chuyên dùng',
];
