/** Fills route parameters with plausible values so a request reaches the route. */
export function sampleUrl(url: string): string {
  return url
    .replace(':code', '653130')
    .replace(':id', '1')
    .replace(':username', 'nobody')
    .replace(':fromYear', '2025')
    .replace(/:[A-Za-z]+/g, 'x');
}
