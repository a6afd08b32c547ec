// The script-tag bundle (dist/cdn/motcua.js): registers every element and exposes the SDK,
// so a CMS page needs one <script type="module"> and inline scripts can still call createClient.
import './elements.js';

export * from './index.js';
