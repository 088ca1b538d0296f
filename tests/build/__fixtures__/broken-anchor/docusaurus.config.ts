import { fixtureConfig } from '../fixtureConfig';

export default fixtureConfig('broken-anchor');
